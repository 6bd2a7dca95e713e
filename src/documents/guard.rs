//! The consent guard (v3): a kallelse, an agenda or the minutes are about a person who is a
//! client of the parties, so none is printed unless the person's consent was recorded, not
//! withdrawn and not expired on the meeting's date; and no letter goes to a recipient the consent
//! does not cover. A refusal is an error (exit 2) that names the command that fixes it. The
//! minutes of a meeting held under valid consent stay printable after a later withdrawal.

use chrono::NaiveDate;

use super::{Source, date};
use crate::error::{Error, Result};
use crate::model::plan::Meeting;

/// The day a meeting is judged on: its own date, else today.
fn day_of(src: &Source, m: Option<&Meeting>) -> NaiveDate {
    m.and_then(|x| x.time.as_ref())
        .map_or(src.today, |t| t.value.date())
}

/// Refuse (exit 2) unless consent was valid on the meeting's date. `what` names the document
/// ("kallelsen", "the invitation").
pub fn consent_on_meeting_day(src: &Source, m: Option<&Meeting>, what: (&str, &str)) -> Result<()> {
    let plan = src.plan;
    let id = plan.id_or_placeholder();
    let day = day_of(src, m);
    let Some(c) = &plan.consent else {
        return Err(Error::msg(
            format!(
                "{} skrivs inte ut: planen {id} har inget samtycke registrerat, och inga uppgifter om individen får lämnas mellan parterna utan det. Registrera samtycket först: `sip consent {id} --date ÅÅÅÅ-MM-DD --form muntligt --given-by individen --parties kommun,region`",
                capital(what.0)
            ),
            format!(
                "{} is not printed: the plan {id} has no consent recorded, and no information about the individual may pass between the parties without it. Record the consent first: `sip consent {id} --date YYYY-MM-DD --form muntligt --given-by individen --parties kommun,region`",
                capital(what.1)
            ),
        ));
    };
    if let Some(w) = c.withdrawn.as_ref().filter(|w| w.value <= day) {
        return Err(Error::msg(
            format!(
                "{} skrivs inte ut: samtycket återkallades {} (mötet är {}). Avsluta planen med `sip close {id} --reason samtycke_återkallat`, eller registrera ett nytt samtycke med `sip consent {id} --date ÅÅÅÅ-MM-DD …` om individen samtycker igen",
                capital(what.0),
                date(w.value),
                date(day)
            ),
            format!(
                "{} is not printed: the consent was withdrawn on {} (the meeting is on {}). Close the plan with `sip close {id} --reason samtycke_återkallat`, or record a new consent with `sip consent {id} --date YYYY-MM-DD …` if the individual consents again",
                capital(what.1),
                date(w.value),
                date(day)
            ),
        ));
    }
    if let Some(u) = c.valid_until.as_ref().filter(|u| u.value < day) {
        return Err(Error::msg(
            format!(
                "{} skrivs inte ut: samtycket gällde till {}, och mötet är {}. Förnya samtycket med individen och registrera det: `sip consent {id} --valid-until ÅÅÅÅ-MM-DD`",
                capital(what.0),
                date(u.value),
                date(day)
            ),
            format!(
                "{} is not printed: the consent was valid until {}, and the meeting is on {}. Renew the consent with the individual and record it: `sip consent {id} --valid-until YYYY-MM-DD`",
                capital(what.1),
                date(u.value),
                date(day)
            ),
        ));
    }
    if let Some(d) = c.date.as_ref().filter(|d| d.value > day) {
        return Err(Error::msg(
            format!(
                "{} skrivs inte ut: samtycket gavs {}, efter mötet {}. Rätta samtyckets datum om det gavs tidigare: `sip consent {id} --date ÅÅÅÅ-MM-DD`",
                capital(what.0),
                date(d.value),
                date(day)
            ),
            format!(
                "{} is not printed: the consent was given on {}, after the meeting on {}. Correct the consent's date if it was given earlier: `sip consent {id} --date YYYY-MM-DD`",
                capital(what.1),
                date(d.value),
                date(day)
            ),
        ));
    }
    Ok(())
}

/// "Kallelsen" from "kallelsen".
fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}
