//! The plan format as one declarative table: for each mapping its keys in canonical
//! order, their types, whether they are required, and a Swedish description.
//!
//! The loader validates every file against this table (S002, S003), `sip fmt` takes its key order
//! from it, and `sip schema plan` and the README's format section are generated from it. The
//! typed model in `plan.rs` reads the same keys: the loader looks each one up through this table
//! (a debug build stops at a key it does not declare), and a test in `load.rs` loads a plan with
//! every key of the table and checks that each value reaches the model.

use super::enums::*;

/// A value's type in the plan format.
#[derive(Debug)]
pub enum Ty {
    /// The plan id: `^[a-z0-9][a-z0-9-]{2,63}$`.
    PlanId,
    /// Any text (a plain number is taken as its text).
    Text,
    /// A personnummer: text; an unquoted number is refused with a hint to quote it.
    Personnummer,
    /// `ÅÅÅÅ-MM-DD`.
    Date,
    /// `ÅÅÅÅ-MM-DDTTT:MM`, local time.
    DateTime,
    /// `true` or `false`.
    Bool,
    /// v3: a whole number of minutes, 1–1440 (`möten[].längd_minuter`).
    Minutes,
    /// One of the listed values.
    Enum(&'static [&'static str]),
    List(&'static Ty),
    Map(&'static MapSchema),
    /// One value of the inner type, or a list of them (v2: `individ.företrädare`, read from v1's
    /// single mapping as a list of one; `samtycke.givet_av`).
    OneOrList(&'static Ty),
}

#[derive(Debug)]
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub required: bool,
    pub doc: &'static str,
}

#[derive(Debug)]
pub struct MapSchema {
    /// Where the mapping sits, e.g. `insatser[]`.
    pub path: &'static str,
    pub fields: &'static [Field],
}

/// The most keys one mapping of the format may declare: the loader marks the keys it has seen
/// in one 64-bit word (a test holds every mapping to it).
pub const MAX_FIELDS: usize = 64;

impl MapSchema {
    pub fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }
    /// The place of `key` among the fields.
    pub fn index(&self, key: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.key == key)
    }
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fields.iter().map(|f| f.key)
    }
}

const fn req(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: true,
        doc,
    }
}

const fn opt(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: false,
        doc,
    }
}

pub static REPRESENTATIVE: MapSchema = MapSchema {
    path: "individ.företrädare[]",
    fields: &[
        req("namn", Ty::Text, "Företrädarens namn."),
        opt(
            "roll",
            Ty::Enum(RepresentativeRole::ALL),
            "Vårdnadshavare, förvaltare eller god man.",
        ),
        opt(
            "kontakt",
            Ty::Text,
            "Telefon eller e-post, skrivs i brev till företrädaren.",
        ),
    ],
};

pub static INDIVIDUAL: MapSchema = MapSchema {
    path: "individ",
    fields: &[
        req("namn", Ty::Text, "Individens namn."),
        opt(
            "personnummer",
            Ty::Personnummer,
            "Personnummer eller samordningsnummer, inom citattecken (\"19870523-4824\").",
        ),
        opt(
            "födelsedatum",
            Ty::Date,
            "Födelsedatum, när personnummer saknas.",
        ),
        opt("kön", Ty::Enum(Gender::ALL), "För könsuppdelad statistik."),
        opt(
            "sysselsättning",
            Ty::Enum(Occupation::ALL),
            "Sysselsättning (sjukskrivning är ingen sysselsättning: den anges i ersättning).",
        ),
        opt(
            "ersättning",
            Ty::List(&Ty::Text),
            "Ersättningar, t.ex. aktivitetsersättning, sjukpenning, försörjningsstöd.",
        ),
        opt(
            "företrädare",
            Ty::OneOrList(&Ty::Map(&REPRESENTATIVE)),
            "Legala företrädare, t.ex. båda vårdnadshavarna (en enda tabell läses som en lista med en).",
        ),
        // v3: the plan's life.
        opt(
            "tolk",
            Ty::Text,
            "Språket som individen behöver tolk för, t.ex. arabiska (13 § förvaltningslagen).",
        ),
        opt(
            "skyddade_personuppgifter",
            Ty::Bool,
            "true när individen har skyddade personuppgifter (21 kap. 3 § OSL; sekretessmarkering, skyddad folkbokföring).",
        ),
    ],
};

pub static RELATIVE: MapSchema = MapSchema {
    path: "närstående[]",
    fields: &[
        req("namn", Ty::Text, "Den närståendes namn."),
        opt("relation", Ty::Text, "Relation till individen, t.ex. mor."),
        opt(
            "får_delta",
            Ty::Bool,
            "false när individen motsätter sig att den närstående deltar (10 kap. 9 § socialtjänstlagen).",
        ),
    ],
};

pub static INITIATION: MapSchema = MapSchema {
    path: "initiering",
    fields: &[
        req("datum", Ty::Date, "Dagen då SIP initierades."),
        req(
            "part",
            Ty::Text,
            "Id för den part i överenskommelsen som kallar till SIP.",
        ),
        opt(
            "utskrivningsklar",
            Ty::Date,
            "Dagen då slutenvården meddelade att patienten är utskrivningsklar (3 kap. 1 § lagen (2017:612)); kallelsen ska gå ut senast tre dagar efter (4 kap. 3 §).",
        ),
        opt(
            "föreslagen_av",
            Ty::Text,
            "Vem som föreslog SIP (vem som helst kan föreslå), t.ex. Karin Andersson (mor).",
        ),
        opt(
            "fast_vårdkontakt",
            Ty::Text,
            "Patientens fasta vårdkontakt i den regionfinansierade öppenvården, som kallar vid utskrivning (lag 2017:612).",
        ),
    ],
};

pub static CONSENT: MapSchema = MapSchema {
    path: "samtycke",
    fields: &[
        opt("datum", Ty::Date, "Dagen då samtycket gavs."),
        opt(
            "form",
            Ty::Enum(ConsentForm::ALL),
            "Skriftligt eller muntligt.",
        ),
        opt(
            "givet_av",
            Ty::OneOrList(&Ty::Text),
            "Vem som gav samtycket: individen, en roll (vårdnadshavare, förvaltare, god_man) eller namnet på en företrädare; en lista när flera gav det.",
        ),
        opt("omfattning", Ty::Text, "Vilka uppgifter samtycket gäller."),
        opt(
            "dokumenterat_av",
            Ty::Text,
            "Vem som dokumenterade samtycket.",
        ),
        opt(
            "parter",
            Ty::List(&Ty::Text),
            "Parter som får utbyta information om individen.",
        ),
        opt("giltigt_till", Ty::Date, "Sista dag samtycket gäller."),
        opt("återkallat", Ty::Date, "Dagen då samtycket återkallades."),
        // v3: the plan's life.
        opt(
            "övriga",
            Ty::List(&Ty::Text),
            "Deltagare utan part (t.ex. en friskola, ett personligt ombud) som samtycket omfattar, med namn.",
        ),
    ],
};

pub static NEED: MapSchema = MapSchema {
    path: "behov[]",
    fields: &[
        req("id", Ty::Text, "B1, B2, …"),
        req("beskrivning", Ty::Text, "Behovet."),
    ],
};

/// v3: a goal's evaluation.
pub static GOAL_OUTCOME: MapSchema = MapSchema {
    path: "mål[].utfall",
    fields: &[
        req(
            "bedömning",
            Ty::Enum(GoalAssessment::ALL),
            "Uppnått, delvis uppnått eller ej uppnått.",
        ),
        req("datum", Ty::Date, "Dagen då målet utvärderades."),
        opt("kommentar", Ty::Text, "Kommentar till bedömningen."),
    ],
};

pub static GOAL: MapSchema = MapSchema {
    path: "mål[]",
    fields: &[
        req("id", Ty::Text, "M1, M2, …"),
        req("beskrivning", Ty::Text, "Målet."),
        opt("mått", Ty::Text, "Hur det mäts att målet är nått."),
        opt("senast", Ty::Date, "När målet ska vara nått."),
        // v3: the plan's life.
        opt(
            "utfall",
            Ty::Map(&GOAL_OUTCOME),
            "Utvärderingen av målet; ett utvärderat mål ger ingen påminnelse om sitt senast-datum.",
        ),
    ],
};

pub static INTERVENTION: MapSchema = MapSchema {
    path: "insatser[]",
    fields: &[
        req("id", Ty::Text, "I1, I2, …"),
        req("beskrivning", Ty::Text, "Insatsen."),
        opt(
            "huvudman",
            Ty::Text,
            "Id för den part som ansvarar för insatsen.",
        ),
        opt(
            "behov",
            Ty::List(&Ty::Text),
            "Behov som insatsen möter (B1, …).",
        ),
        opt(
            "mål",
            Ty::List(&Ty::Text),
            "Mål som insatsen leder mot (M1, …).",
        ),
        opt("utförare", Ty::Text, "Enheten som utför insatsen."),
        opt("kontaktperson", Ty::Text, "Kontaktperson för insatsen."),
        opt("start", Ty::Date, "Startdag."),
        opt("slut", Ty::Date, "Slutdag."),
        opt(
            "status",
            Ty::Enum(InterventionStatus::ALL),
            "Insatsens status.",
        ),
    ],
};

pub static OWN_ACTION: MapSchema = MapSchema {
    path: "egna_åtgärder[]",
    fields: &[req("beskrivning", Ty::Text, "Vad individen själv gör.")],
};

pub static COPY: MapSchema = MapSchema {
    path: "kopia_till[]",
    fields: &[
        req("namn", Ty::Text, "Vem som får en kopia av planen."),
        opt(
            "part",
            Ty::Text,
            "Id för parten mottagaren hör till; kopior går bara till parter som samtycket omfattar.",
        ),
    ],
};

pub static MEASURE: MapSchema = MapSchema {
    path: "åtgärder_av_andra[]",
    fields: &[
        req("beskrivning", Ty::Text, "Åtgärden."),
        opt("av", Ty::Text, "Vem som vidtar den."),
        opt(
            "behov",
            Ty::List(&Ty::Text),
            "Behov som åtgärden möter (B1, …).",
        ),
    ],
};

pub static OVERALL: MapSchema = MapSchema {
    path: "övergripande_ansvar",
    fields: &[
        opt(
            "part",
            Ty::Text,
            "Id för den huvudman som har det övergripande ansvaret.",
        ),
        opt("person", Ty::Text, "Ansvarig person."),
    ],
};

pub static PARTICIPANT: MapSchema = MapSchema {
    path: "möten[].deltagare[]",
    fields: &[
        req("namn", Ty::Text, "Deltagarens namn."),
        opt("roll", Ty::Enum(ParticipantRole::ALL), "Roll vid mötet."),
        opt("part", Ty::Text, "Id för parten deltagaren företräder."),
        // v3: the plan's life.
        opt(
            "enhet",
            Ty::Text,
            "Deltagarens enhet eller organisation, t.ex. Västra skolan, elevhälsan; skrivs efter namnet.",
        ),
        opt(
            "närvarande",
            Ty::Bool,
            "false när deltagaren inte kom (bara på ett hållet möte); utan nyckeln var deltagaren där.",
        ),
    ],
};

pub static MEETING: MapSchema = MapSchema {
    path: "möten[]",
    fields: &[
        req("id", Ty::Text, "MÖ1, MÖ2, …"),
        req(
            "typ",
            Ty::Enum(MeetingKind::ALL),
            "Upprättande eller uppföljning.",
        ),
        req("tid", Ty::DateTime, "Mötets tid, ÅÅÅÅ-MM-DDTTT:MM."),
        opt("plats", Ty::Text, "Plats."),
        opt(
            "digitalt",
            Ty::Text,
            "Det digitala systemet, när mötet är digitalt.",
        ),
        opt(
            "syfte",
            Ty::Text,
            "Mötets eget syfte (kallelsen använder det, annars planens syfte).",
        ),
        opt(
            "frågeställningar",
            Ty::List(&Ty::Text),
            "Mötets egna frågeställningar (annars planens).",
        ),
        opt(
            "kallelse_skickad",
            Ty::Date,
            "Dagen då kallelsen skickades.",
        ),
        opt(
            "deltagare",
            Ty::List(&Ty::Map(&PARTICIPANT)),
            "Inbjudna deltagare.",
        ),
        opt("genomfört", Ty::Bool, "Om mötet är hållet."),
        opt("anteckningar", Ty::Text, "Anteckningar från mötet."),
        // v3: the plan's life.
        opt(
            "längd_minuter",
            Ty::Minutes,
            "Mötets längd i minuter (standard 90); breven och kalenderns sluttid använder den.",
        ),
    ],
};

pub static FOLLOW_UP: MapSchema = MapSchema {
    path: "uppföljning",
    fields: &[opt("nästa", Ty::Date, "Nästa uppföljning.")],
};

pub static CLOSING: MapSchema = MapSchema {
    path: "avslut",
    fields: &[
        opt("datum", Ty::Date, "Dagen då planen avslutades."),
        opt(
            "orsak",
            Ty::Enum(ClosingReason::ALL),
            "Varför planen avslutades.",
        ),
        opt("kommentar", Ty::Text, "Kommentar."),
    ],
};

pub static PLAN: MapSchema = MapSchema {
    path: "",
    fields: &[
        req(
            "id",
            Ty::PlanId,
            "Planens id, unikt i mappen; filen heter <id>.yaml.",
        ),
        req(
            "överenskommelse",
            Ty::Text,
            "Id för den lokala överenskommelse planen följer.",
        ),
        req(
            "status",
            Ty::Enum(Status::ALL),
            "Utkast, pågående eller avslutad.",
        ),
        opt("samtalsledare", Ty::Text, "Samtalsledaren."),
        req("individ", Ty::Map(&INDIVIDUAL), "Individen planen gäller."),
        opt("närstående", Ty::List(&Ty::Map(&RELATIVE)), "Närstående."),
        req(
            "initiering",
            Ty::Map(&INITIATION),
            "Vem som kallade och när.",
        ),
        opt(
            "samtycke",
            Ty::Map(&CONSENT),
            "Individens samtycke; krävs när planen inte är utkast.",
        ),
        opt(
            "bakgrund",
            Ty::Text,
            "Nuläget, som det beskrevs och enades om vid mötet.",
        ),
        opt(
            "individens_mål",
            Ty::Text,
            "Det som är viktigast för individen, med individens egna ord (för ett barn barnets egen syn).",
        ),
        opt("syfte", Ty::Text, "Syftet med planen och mötet."),
        opt("inriktning", Ty::Enum(Focus::ALL), "Planens inriktning."),
        opt(
            "frågeställningar",
            Ty::List(&Ty::Text),
            "Frågor mötet fokuserar på.",
        ),
        opt("behov", Ty::List(&Ty::Map(&NEED)), "Individens behov."),
        opt("mål", Ty::List(&Ty::Map(&GOAL)), "Mål (SMARTA)."),
        opt(
            "insatser",
            Ty::List(&Ty::Map(&INTERVENTION)),
            "Insatser som behövs och vem som svarar för dem (punkt 1 och 2).",
        ),
        opt(
            "egna_åtgärder",
            Ty::List(&Ty::Map(&OWN_ACTION)),
            "Vad individen själv ska göra.",
        ),
        opt(
            "åtgärder_av_andra",
            Ty::List(&Ty::Map(&MEASURE)),
            "Åtgärder av andra än kommun och region (punkt 3); [] betyder inga.",
        ),
        opt(
            "övergripande_ansvar",
            Ty::Map(&OVERALL),
            "Vem av huvudmännen som har det övergripande ansvaret (punkt 4).",
        ),
        opt(
            "kopia_till",
            Ty::List(&Ty::Map(&COPY)),
            "Vilka som får en kopia av planen (utöver individen).",
        ),
        opt("möten", Ty::List(&Ty::Map(&MEETING)), "SIP-möten."),
        opt("uppföljning", Ty::Map(&FOLLOW_UP), "Uppföljning."),
        opt(
            "avslut",
            Ty::Map(&CLOSING),
            "Avslut; krävs när status är avslutad.",
        ),
    ],
};

/// Every mapping of the format, root first.
pub fn all_maps() -> Vec<&'static MapSchema> {
    fn walk(m: &'static MapSchema, out: &mut Vec<&'static MapSchema>) {
        out.push(m);
        for f in m.fields {
            let mut ty = &f.ty;
            while let Ty::List(inner) | Ty::OneOrList(inner) = ty {
                ty = inner;
            }
            if let Ty::Map(inner) = ty {
                walk(inner, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&PLAN, &mut out);
    out
}

/// The key order of a mapping found at a dotted path (`""`, `individ`, `möten[]`…).
pub fn map_at(path: &str) -> Option<&'static MapSchema> {
    all_maps().into_iter().find(|m| m.path == path)
}

impl Ty {
    /// A short Swedish name of the type, for the README's format table.
    pub fn describe(&self) -> String {
        match self {
            Ty::PlanId => "id (`a-z0-9-`, 3–64)".into(),
            Ty::Text => "text".into(),
            Ty::Personnummer => "personnummer (text inom citattecken)".into(),
            Ty::Date => "datum `ÅÅÅÅ-MM-DD`".into(),
            Ty::DateTime => "tid `ÅÅÅÅ-MM-DDTTT:MM`".into(),
            Ty::Bool => "`true` / `false`".into(),
            Ty::Minutes => "minuter (heltal 1–1440)".into(),
            Ty::Enum(values) => values
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(" \\| "),
            Ty::List(inner) => match inner {
                Ty::Map(m) => format!("lista av `{}`", m.path),
                other => format!("lista av {}", other.describe()),
            },
            Ty::Map(m) => format!("tabell `{}`", m.path),
            Ty::OneOrList(inner) => match inner {
                Ty::Map(m) => format!("lista av `{}` (eller en enda tabell)", m.path),
                other => format!("{0} eller lista av {0}", other.describe()),
            },
        }
    }
}

/// The plan format as Markdown tables, one per mapping (for the README; a test keeps it current).
pub fn markdown_reference() -> String {
    let mut s = String::new();
    for m in all_maps() {
        let title = if m.path.is_empty() { "planen" } else { m.path };
        s.push_str(&format!(
            "**`{title}`**\n\n| nyckel | typ | krävs | beskrivning |\n|---|---|---|---|\n"
        ));
        for f in m.fields {
            s.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                f.key,
                f.ty.describe(),
                if f.required { "ja" } else { "" },
                f.doc.replace('|', "\\|")
            ));
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mapping_fits_the_loaders_key_marks() {
        for m in all_maps() {
            assert!(
                m.fields.len() <= MAX_FIELDS,
                "`{}` declares {} keys; the loader marks at most {MAX_FIELDS}",
                m.path,
                m.fields.len()
            );
        }
    }

    #[test]
    fn every_mapping_is_reachable_once() {
        let maps = all_maps();
        let mut paths: Vec<&str> = maps.iter().map(|m| m.path).collect();
        paths.sort_unstable();
        let n = paths.len();
        paths.dedup();
        assert_eq!(n, paths.len());
        assert!(map_at("möten[].deltagare[]").is_some());
        assert_eq!(PLAN.keys().next(), Some("id"));
    }

    #[test]
    fn markdown_lists_every_key() {
        let md = markdown_reference();
        for m in all_maps() {
            for f in m.fields {
                assert!(md.contains(&format!("| `{}` |", f.key)), "{}", f.key);
            }
        }
    }
}
