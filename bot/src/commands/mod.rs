//! Commands that are more than a few lines each get a module here.

pub mod directory;
pub mod figures;
pub mod navigator;
pub mod nlp;
pub mod person;
pub mod school;
