//! The practical needs that stand in the way of getting out (food, fuel and bills, money and
//! benefits, housing, the cost of getting about, getting online), named from the person's words
//! and the classifier's tags, so the directory search can look for the right kind of help and
//! the navigators' queue can say what the need is without quoting the message.

use crate::words::Words;
use nlp::{Classification, Route, Tag};
use serde::{Deserialize, Serialize};

/// One kind of practical need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Practical {
    /// Food: food banks, pantries, community meals.
    Food,
    /// Gas, electric, heating and other bills.
    FuelBills,
    /// Money, debt and benefits advice.
    MoneyBenefits,
    /// Rent, landlords, repairs, somewhere to live.
    Housing,
    /// The cost of getting about: fares, bus passes, community transport.
    TransportCost,
    /// Getting online: a device, data, help using them.
    Digital,
}

/// The words that name each need: the first list says it in any message, the second only in
/// one the classifier read as practical help ("bus" in "a walk from the bus station" is not a
/// fare the person cannot pay).
const SIGNS: [(Practical, &[&str], &[&str]); 6] = [
    (
        Practical::Food,
        &[
            "food bank",
            "foodbank",
            "food parcel",
            "food parcels",
            "nothing to eat",
            "no food",
            "hungry",
            "feed the kids",
            "feed my kids",
            "feed the children",
            "run out of food",
            "cant afford food",
            "cupboards are empty",
        ],
        &[
            "food",
            "starving",
            "eat",
            "meals",
            "groceries",
            "shopping",
            "pantry",
            "payday",
            "cupboards",
            // Polish and Urdu (in Latin letters and in its own script), the other languages
            // the bot writes in.
            "jedzenie",
            "jedzenia",
            "zywnosci",
            "żywności",
            "khana",
            "khaana",
            "کھانا",
            "rashan",
        ],
    ),
    (
        Practical::FuelBills,
        &[
            "gas bill",
            "electric bill",
            "energy bill",
            "fuel bill",
            "heating bill",
            "bills",
            "emergency credit",
            "prepayment meter",
            "top up the meter",
            "gas meter",
            "electric meter",
            "heating oil",
            "oil tank",
            "cant afford heating",
            "cant afford to heat",
            "gas is off",
            "electric is off",
        ],
        &[
            "gas",
            "electric",
            "electricity",
            "fuel",
            "heating",
            "energy",
            "meter",
            "bill",
            "gaz",
            "gazu",
            "prad",
            "prąd",
            "pradu",
            "prądu",
            "ogrzewanie",
            "ogrzewania",
            "rachunek",
            "rachunku",
            "rachunki",
            "bijli",
            "bijlee",
            "گیس",
            "بجلی",
        ],
    ),
    (
        Practical::MoneyBenefits,
        &[
            "universal credit",
            "benefits",
            "debt",
            "debts",
            "skint",
            "cant afford",
            "pension credit",
            "pip",
            "council tax",
            "arrears",
            "bailiffs",
            "sanctioned",
            "payday loan",
            "cost of living",
            "attendance allowance",
            "carers allowance",
            "housing benefit",
            "disability living allowance",
            "benefit form",
            "benefits form",
            "claim form",
        ],
        &[
            "money",
            "benefit",
            "pip",
            "broke",
            "afford",
            "income",
            "budget",
            "loan",
            "form",
            "forms",
            "allowance",
            "pieniadze",
            "pieniądze",
            "pieniedzy",
            "pieniędzy",
            "zasilek",
            "zasiłek",
            "zasilku",
            "zasiłku",
            "paise",
            "paisay",
            "پیسے",
            "qarz",
            "قرض",
        ],
    ),
    (
        Practical::Housing,
        &[
            "landlord",
            "evicted",
            "eviction",
            "homeless",
            "my rent",
            "the rent",
            "damp",
            "mould",
            "housing association",
            "section 21",
            "sofa surfing",
        ],
        &[
            "housing",
            "rent",
            "repairs",
            "somewhere to live",
            "czynsz",
            "czynszu",
            "mieszkanie",
            "mieszkania",
            "kiraya",
            "kiraaya",
            "کرایہ",
        ],
    ),
    (
        Practical::TransportCost,
        &[
            "bus fare",
            "bus fares",
            "bus pass",
            "the fare",
            "taxi fare",
            "cant afford the bus",
            "cant afford the fare",
        ],
        &[
            "bus",
            "fare",
            "fares",
            "taxi",
            "train",
            "travel",
            "transport",
            "petrol",
        ],
    ),
    (
        Practical::Digital,
        &[
            "get online",
            "getting online",
            "internet",
            "wifi",
            "broadband",
            "laptop",
            "no data",
            "data runs out",
            "universal credit journal",
            "uc journal",
        ],
        &[
            "online",
            "computer",
            "tablet",
            "smartphone",
            "email",
            "data",
        ],
    ),
];

impl Practical {
    /// The label navigators read and the directory matches (`fuel_bills`).
    pub fn id(self) -> &'static str {
        match self {
            Practical::Food => "food",
            Practical::FuelBills => "fuel_bills",
            Practical::MoneyBenefits => "money_benefits",
            Practical::Housing => "housing",
            Practical::TransportCost => "transport_cost",
            Practical::Digital => "digital",
        }
    }

    /// The interests and kinds of help of the groups that can meet this need too, offered
    /// when no practical service fits: a community meal for food, a warm space for a cold
    /// home, a lift for the fare, a digital drop-in for getting online. None meets money or
    /// housing troubles: those need advice or a person.
    pub fn met_by_groups_tagged(self) -> &'static [Tag] {
        match self {
            Practical::Food => &[Tag::SocialCafe, Tag::FoodCooking],
            Practical::FuelBills => &[Tag::SocialCafe],
            Practical::TransportCost => &[Tag::Transport],
            Practical::Digital => &[Tag::DigitalSkills],
            Practical::MoneyBenefits | Practical::Housing => &[],
        }
    }

    /// The name of its `frontdoor-help` term in the directory ("Fuel and bills"), which the
    /// importer keeps among a service's words, so the search can find help for this need.
    pub fn directory_name(self) -> &'static str {
        match self {
            Practical::Food => "Food",
            Practical::FuelBills => "Fuel and bills",
            Practical::MoneyBenefits => "Money and benefits",
            Practical::Housing => "Housing",
            Practical::TransportCost => "Transport costs",
            Practical::Digital => "Getting online",
        }
    }
}

/// The practical needs a message names: any need said plainly, and in a message the
/// classifier read as practical help also the looser words, so "I love food and cooking" in a
/// search for something to do does not become a food bank.
pub(crate) fn read(words: &Words, meaning: &Classification) -> Vec<Practical> {
    let practical_route = meaning.route == Route::PracticalHelp;
    let mut needs: Vec<Practical> = SIGNS
        .iter()
        .filter(|(_, strong, weak)| {
            words.has_any(strong) || (practical_route && words.has_any(weak))
        })
        .map(|(need, _, _)| *need)
        .collect();
    if needs.contains(&Practical::Food) && !names_a_money_matter(words) {
        // "No money for food till Friday": being short of money is why they need food, and food
        // is what helps today; a debt or a benefit named keeps the money advice.
        needs.retain(|need| *need != Practical::MoneyBenefits);
    }
    if practical_route && meaning.tags.contains(&Tag::DigitalSkills) {
        add(&mut needs, Practical::Digital);
    }
    if practical_route && meaning.tags.contains(&Tag::Transport) {
        add(&mut needs, Practical::TransportCost);
    }
    needs
}

/// Words that only say someone is short of money ("skint", "can't afford"), as against a money
/// matter advice deals with (a debt, a benefit, a form).
const SHORT_OF_MONEY: [&str; 13] = [
    "money",
    "skint",
    "broke",
    "afford",
    "cant afford",
    "cost of living",
    "paise",
    "paisay",
    "پیسے",
    "pieniadze",
    "pieniądze",
    "pieniedzy",
    "pieniędzy",
];

/// Whether the words name a money matter, not only being short of money.
fn names_a_money_matter(words: &Words) -> bool {
    let (_, strong, weak) = SIGNS
        .iter()
        .find(|(need, _, _)| *need == Practical::MoneyBenefits)
        .expect("money has signs");
    let matters: Vec<&str> = strong
        .iter()
        .chain(weak.iter())
        .copied()
        .filter(|word| !SHORT_OF_MONEY.contains(word))
        .collect();
    words.has_any(&matters)
}

/// Whether the words name a need plainly ("bus fare", not the loose "train"): a loose word
/// beside "I can get the train" says how they travel, not a cost.
pub(crate) fn named_plainly(words: &Words, need: Practical) -> bool {
    SIGNS
        .iter()
        .any(|(named, strong, _)| *named == need && words.has_any(strong))
}

/// Whether the words name a need, plainly or loosely ("train" is loosely a fare).
pub(crate) fn in_words(words: &Words, need: Practical) -> bool {
    SIGNS.iter().any(|(named, strong, weak)| {
        *named == need && (words.has_any(strong) || words.has_any(weak))
    })
}

/// Adds a need once.
pub(crate) fn add(needs: &mut Vec<Practical>, need: Practical) {
    if !needs.contains(&need) {
        needs.push(need);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs(text: &str, route: Route) -> Vec<Practical> {
        read(&Words::new(text), &Classification::plain(route))
    }

    #[test]
    fn names_each_need_in_a_practical_message() {
        assert_eq!(
            needs(
                "my gas bill is huge and no food till payday",
                Route::PracticalHelp
            ),
            vec![Practical::Food, Practical::FuelBills]
        );
        assert_eq!(
            needs("I cant afford the bus fare any more", Route::PracticalHelp),
            vec![Practical::MoneyBenefits, Practical::TransportCost]
        );
        assert_eq!(
            needs(
                "a walking group, but I cant pay my gas bill",
                Route::FindActivity
            ),
            vec![Practical::FuelBills]
        );
        assert!(needs("help me please", Route::PracticalHelp).is_empty());
        assert_eq!(
            needs(
                "nie stać mnie na rachunek za gaz, potrzebuję pomocy",
                Route::PracticalHelp
            ),
            vec![Practical::FuelBills]
        );
        assert_eq!(
            needs(
                "bijli ka bill nahi bhar sakti, paise nahi hain",
                Route::PracticalHelp
            ),
            vec![Practical::FuelBills, Practical::MoneyBenefits]
        );
        assert_eq!(
            needs("گھر میں کھانا نہیں ہے", Route::PracticalHelp),
            vec![Practical::Food]
        );
        assert!(
            needs("lubię gotować jedzenie, szukam klubu", Route::FindActivity).is_empty(),
            "only in a practical message"
        );
        assert_eq!(
            needs(
                "heating oil tank nearly empty and pension not in",
                Route::FindActivity
            ),
            vec![Practical::FuelBills]
        );
        assert_eq!(
            needs("the flat has damp and mould everywhere", Route::Other),
            vec![Practical::Housing]
        );
    }

    #[test]
    fn short_of_money_for_food_is_a_food_need_but_a_debt_is_its_own() {
        assert_eq!(
            needs("no money for food till friday", Route::PracticalHelp),
            vec![Practical::Food]
        );
        assert_eq!(
            needs("skint till payday, any free food?", Route::PracticalHelp),
            vec![Practical::Food]
        );
        assert_eq!(
            needs("in debt and no food in the house", Route::PracticalHelp),
            vec![Practical::Food, Practical::MoneyBenefits]
        );
        assert_eq!(
            needs("no money at all, can't pay anything", Route::PracticalHelp),
            vec![Practical::MoneyBenefits]
        );
    }

    #[test]
    fn food_as_an_interest_is_not_a_food_bank() {
        assert!(needs("I love food and cooking", Route::FindActivity).is_empty());
    }
}
