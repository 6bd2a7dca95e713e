//! Flags and arguments that take a value of the plan format (`--status`, `--kind`, `--role` …):
//! clap parses them through the value set of `model::enums`, so that `--help`, the completion
//! scripts, the man page and parsing all list the values declared there. A value is read as
//! it is written in files, with surrounding spaces ignored; a value outside the set is a usage
//! error (exit 2) that names the flag, lists the values and suggests the nearest one.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use crate::i18n::Lang;
use crate::model::enums::ValueSet;

/// The value parser of a flag whose values are those of `E`.
#[derive(Clone, Copy, Debug)]
pub struct EnumArg<E>(PhantomData<E>);

impl<E> EnumArg<E> {
    pub const fn new() -> Self {
        EnumArg(PhantomData)
    }
}

impl<E> Default for EnumArg<E> {
    fn default() -> Self {
        EnumArg::new()
    }
}

/// The flag as messages name it: `--role`, or the value name of an argument (`STATUS`).
fn flag_name(arg: Option<&Arg>) -> String {
    match arg {
        Some(a) => match a.get_long() {
            Some(long) => format!("--{long}"),
            None => a.get_id().as_str().to_uppercase(),
        },
        None => t!(crate::i18n::help_lang(), "varde-namn"),
    }
}

impl<E: ValueSet> TypedValueParser for EnumArg<E> {
    type Value = E;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<E, clap::Error> {
        let text = value.to_string_lossy();
        if let Some(v) = value.to_str().and_then(|s| E::parse(s.trim())) {
            return Ok(v);
        }
        let flag = flag_name(arg);
        let message = match crate::edit::input::choice(&flag, &text, E::ALL) {
            Err(e) => [e.text(Lang::Sv), e.text(Lang::En)],
            // Not valid UTF-8, or the same value with a character lost to the lossy reading.
            Ok(_) => [
                t!(Lang::Sv, "varde-inte-utf8", flagga = flag),
                t!(Lang::En, "varde-inte-utf8", flagga = flag),
            ],
        };
        let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        err.insert(ContextKind::InvalidArg, ContextValue::String(flag));
        err.insert(
            ContextKind::InvalidValue,
            ContextValue::String(text.into_owned()),
        );
        err.insert(
            ContextKind::ValidValue,
            ContextValue::Strings(E::ALL.iter().map(|s| s.to_string()).collect()),
        );
        err.insert(
            ContextKind::Custom,
            ContextValue::Strings(message.into_iter().collect()),
        );
        Err(err)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(E::ALL.iter().map(|s| PossibleValue::new(*s))))
    }
}

/// The message of a value outside a flag's set, in `lang`, when `e` is such an error.
pub fn message(e: &clap::Error, lang: Lang) -> Option<String> {
    if e.kind() != ErrorKind::InvalidValue {
        return None;
    }
    match e.get(ContextKind::Custom) {
        Some(ContextValue::Strings(m)) if m.len() == 2 => {
            let text = match lang {
                Lang::Sv => &m[0],
                Lang::En => &m[1],
            };
            Some(format!("{}\n", t!(lang, "varde-fel", fel = text)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::enums::{MeetingKind, Status};

    fn parse<E: ValueSet>(flag: &str, value: &str) -> Result<E, clap::Error> {
        let arg = Arg::new(flag.trim_start_matches('-').to_lowercase());
        let arg = if flag.starts_with("--") {
            arg.long(flag.trim_start_matches('-').to_string())
        } else {
            arg
        };
        EnumArg::<E>::new().parse_ref(&Command::new("sip"), Some(&arg), OsStr::new(value))
    }

    #[test]
    fn values_are_read_as_written_in_files_with_spaces_ignored() {
        assert_eq!(
            parse::<Status>("STATUS", "pågående").ok(),
            Some(Status::Active)
        );
        assert_eq!(
            parse::<MeetingKind>("--kind", " uppföljning ").ok(),
            Some(MeetingKind::FollowUp)
        );
    }

    #[test]
    fn a_value_outside_the_set_names_the_flag_and_the_values_in_both_languages() {
        let Err(e) = parse::<Status>("STATUS", "pågåend") else {
            panic!("accepted");
        };
        assert_eq!(
            message(&e, Lang::Sv).as_deref(),
            Some(
                "fel: STATUS: `pågåend` är inget giltigt värde; välj ett av: utkast, pågående, avslutad. Menade du `pågående`?\n"
            )
        );
        let Err(e) = parse::<MeetingKind>("--kind", "möte") else {
            panic!("accepted");
        };
        let en = message(&e, Lang::En).unwrap_or_default();
        assert!(
            en.starts_with("error: --kind: `möte` is not a valid value; choose one of: upprättande, uppföljning."),
            "{en}"
        );
    }

    #[test]
    fn the_possible_values_are_the_set() {
        let values: Vec<String> = EnumArg::<Status>::new()
            .possible_values()
            .into_iter()
            .flatten()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(values, Status::ALL);
    }
}
