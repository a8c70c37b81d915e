//! One step in the making: the next state, the facts, and the actions gathered so far, so each
//! flow only says what it wants ("say this", "hand off") and never builds the plumbing.

use crate::{language, Action, Facts, Reply, State};
use serde_json::{Map, Value};

/// The step being worked out; every flow function takes `&mut Turn`.
pub(crate) struct Turn<'f> {
    /// The state the step will return.
    pub state: State,
    /// The facts of the moment.
    pub facts: &'f Facts,
    /// What the bot will be asked to do, in order.
    actions: Vec<Action>,
}

impl<'f> Turn<'f> {
    /// Starts from the stored state.
    pub fn new(state: &State, facts: &'f Facts) -> Turn<'f> {
        Turn {
            state: state.clone(),
            facts,
            actions: Vec::new(),
        }
    }

    /// Queues a reply; every reply also carries whether the person is in a school cohort (for the
    /// youth wording), their area (for the crisis numbers) and the locale to write in, so no
    /// flow can forget them.
    pub fn say(&mut self, template: &str, vars: Value) {
        let mut vars = match vars {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        vars.insert("youth".into(), Value::Bool(self.youth()));
        vars.insert(
            "area".into(),
            self.area().map_or(Value::Null, Value::String),
        );
        vars.insert("locale".into(), Value::String(language::locale(self)));
        self.actions.push(Action::Send(Reply {
            template: template.into(),
            vars: Value::Object(vars),
        }));
    }

    /// Queues any other action.
    pub fn act(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// True for a young person who joined with a school code.
    pub fn youth(&self) -> bool {
        self.state.cohort.is_some()
    }

    /// The area whose crisis numbers apply: the school's, else the deployment's.
    fn area(&self) -> Option<String> {
        let school_area = self
            .state
            .cohort
            .as_ref()
            .map(|cohort| cohort.school.area.clone());
        school_area.or_else(|| self.facts.area.clone())
    }

    /// Counts a turn for something the person did and says whether the bot may answer it: not
    /// while they are opted out, and not while a navigator holds the chat.
    pub fn arrives(&mut self) -> bool {
        self.state.turns += 1;
        !self.state.opted_out && !self.state.navigator_holds
    }

    /// True on the person's first message, when the welcome is due (and was not said yet).
    pub fn is_first(&self) -> bool {
        self.state.turns == 1 && !self.state.greeted
    }

    /// The finished step.
    pub fn finish(self) -> (State, Vec<Action>) {
        (self.state, self.actions)
    }
}
