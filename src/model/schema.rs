//! The plan format as one declarative table: for each mapping its keys in canonical
//! order, their types, whether they are required, and a Swedish description.
//!
//! The loader validates every file against this table (S002, S003), `sip fmt` takes its key order
//! from it, and `sip schema plan` and the README's format section are generated from it. The
//! typed model in `plan.rs` reads the same keys: the loader looks each one up through this table
//! (a debug build stops at a key it does not declare), and a test in `load/tests.rs` loads a plan with
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
    /// Whether the value is personal data (a name, a personnummer, contact details, a place, or
    /// free text, which may hold any of them). Outputs that must not show personal data go by
    /// this: [`personal_paths`], [`is_personal_key`], [`echo`].
    pub personal: bool,
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

// Every key is declared through one of four constructors, so that a new key cannot be added
// without saying whether its value is personal data: `*_personal` for names, personnummer,
// contact details, places and every free text; `*_plain` for ids, dates, statuses, parties,
// enums and the mappings and lists whose own keys say it.
const fn field(
    key: &'static str,
    ty: Ty,
    required: bool,
    personal: bool,
    doc: &'static str,
) -> Field {
    Field {
        key,
        ty,
        required,
        personal,
        doc,
    }
}

/// A required key whose value is personal data.
const fn req_personal(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    field(key, ty, true, true, doc)
}

/// An optional key whose value is personal data.
const fn opt_personal(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    field(key, ty, false, true, doc)
}

/// A required key whose value is not personal data.
const fn req_plain(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    field(key, ty, true, false, doc)
}

/// An optional key whose value is not personal data.
const fn opt_plain(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    field(key, ty, false, false, doc)
}

pub static REPRESENTATIVE: MapSchema = MapSchema {
    path: "individ.företrädare[]",
    fields: &[
        req_personal("namn", Ty::Text, "Företrädarens namn."),
        opt_plain(
            "roll",
            Ty::Enum(RepresentativeRole::ALL),
            "Vårdnadshavare, förvaltare eller god man.",
        ),
        opt_personal(
            "kontakt",
            Ty::Text,
            "Telefon eller e-post, skrivs i brev till företrädaren.",
        ),
    ],
};

pub static INDIVIDUAL: MapSchema = MapSchema {
    path: "individ",
    fields: &[
        req_personal("namn", Ty::Text, "Individens namn."),
        opt_personal(
            "personnummer",
            Ty::Personnummer,
            "Personnummer eller samordningsnummer, inom citattecken (\"19870523-4824\").",
        ),
        opt_personal(
            "födelsedatum",
            Ty::Date,
            "Födelsedatum, när personnummer saknas.",
        ),
        opt_plain("kön", Ty::Enum(Gender::ALL), "För könsuppdelad statistik."),
        opt_plain(
            "sysselsättning",
            Ty::Enum(Occupation::ALL),
            "Sysselsättning (sjukskrivning är ingen sysselsättning: den anges i ersättning).",
        ),
        opt_personal(
            "ersättning",
            Ty::List(&Ty::Text),
            "Ersättningar, t.ex. aktivitetsersättning, sjukpenning, försörjningsstöd.",
        ),
        opt_plain(
            "företrädare",
            Ty::OneOrList(&Ty::Map(&REPRESENTATIVE)),
            "Legala företrädare, t.ex. båda vårdnadshavarna (en enda tabell läses som en lista med en).",
        ),
        // v3: the plan's life.
        opt_personal(
            "tolk",
            Ty::Text,
            "Språket som individen behöver tolk för, t.ex. arabiska (13 § förvaltningslagen).",
        ),
        opt_plain(
            "skyddade_personuppgifter",
            Ty::Bool,
            "true när individen har skyddade personuppgifter (21 kap. 3 § OSL; sekretessmarkering, skyddad folkbokföring).",
        ),
    ],
};

pub static RELATIVE: MapSchema = MapSchema {
    path: "närstående[]",
    fields: &[
        req_personal("namn", Ty::Text, "Den närståendes namn."),
        opt_personal("relation", Ty::Text, "Relation till individen, t.ex. mor."),
        opt_plain(
            "får_delta",
            Ty::Bool,
            "false när individen motsätter sig att den närstående deltar (10 kap. 9 § socialtjänstlagen).",
        ),
    ],
};

pub static INITIATION: MapSchema = MapSchema {
    path: "initiering",
    fields: &[
        req_plain("datum", Ty::Date, "Dagen då SIP initierades."),
        req_plain(
            "part",
            Ty::Text,
            "Id för den part i överenskommelsen som kallar till SIP.",
        ),
        opt_plain(
            "utskrivningsklar",
            Ty::Date,
            "Dagen då slutenvården meddelade att patienten är utskrivningsklar (3 kap. 1 § lagen (2017:612)); kallelsen ska gå ut senast tre dagar efter (4 kap. 3 §).",
        ),
        opt_personal(
            "föreslagen_av",
            Ty::Text,
            "Vem som föreslog SIP (vem som helst kan föreslå), t.ex. Karin Andersson (mor).",
        ),
        opt_personal(
            "fast_vårdkontakt",
            Ty::Text,
            "Patientens fasta vårdkontakt i den regionfinansierade öppenvården, som kallar vid utskrivning (lag 2017:612).",
        ),
        opt_plain(
            "tvångsvård",
            Ty::Enum(CompulsoryCare::ALL),
            "lpt eller lrv när patienten ges öppen psykiatrisk tvångsvård eller öppen rättspsykiatrisk vård: då ersätter den samordnade vårdplanen (7 a § LPT, 12 a § LRV) SIP:en vid utskrivning (4 kap. 1 § lagen (2017:612)).",
        ),
    ],
};

pub static CONSENT: MapSchema = MapSchema {
    path: "samtycke",
    fields: &[
        opt_plain("datum", Ty::Date, "Dagen då samtycket gavs."),
        opt_plain(
            "form",
            Ty::Enum(ConsentForm::ALL),
            "Skriftligt eller muntligt.",
        ),
        opt_personal(
            "givet_av",
            Ty::OneOrList(&Ty::Text),
            "Vem som gav samtycket: individen, en roll (vårdnadshavare, förvaltare, god_man) eller namnet på en företrädare; en lista när flera gav det.",
        ),
        opt_personal("omfattning", Ty::Text, "Vilka uppgifter samtycket gäller."),
        opt_personal(
            "dokumenterat_av",
            Ty::Text,
            "Vem som dokumenterade samtycket.",
        ),
        opt_plain(
            "parter",
            Ty::List(&Ty::Text),
            "Parter som får utbyta information om individen.",
        ),
        opt_plain("giltigt_till", Ty::Date, "Sista dag samtycket gäller."),
        opt_plain("återkallat", Ty::Date, "Dagen då samtycket återkallades."),
        // v3: the plan's life.
        opt_personal(
            "övriga",
            Ty::List(&Ty::Text),
            "Deltagare utan part (t.ex. en friskola, ett personligt ombud) som samtycket omfattar, med namn.",
        ),
    ],
};

pub static NEED: MapSchema = MapSchema {
    path: "behov[]",
    fields: &[
        req_plain("id", Ty::Text, "B1, B2, …"),
        req_personal("beskrivning", Ty::Text, "Behovet."),
    ],
};

/// v3: a goal's evaluation.
pub static GOAL_OUTCOME: MapSchema = MapSchema {
    path: "mål[].utfall",
    fields: &[
        req_plain(
            "bedömning",
            Ty::Enum(GoalAssessment::ALL),
            "Uppnått, delvis uppnått eller ej uppnått.",
        ),
        req_plain("datum", Ty::Date, "Dagen då målet utvärderades."),
        opt_personal("kommentar", Ty::Text, "Kommentar till bedömningen."),
    ],
};

pub static GOAL: MapSchema = MapSchema {
    path: "mål[]",
    fields: &[
        req_plain("id", Ty::Text, "M1, M2, …"),
        req_personal("beskrivning", Ty::Text, "Målet."),
        opt_personal("mått", Ty::Text, "Hur det mäts att målet är nått."),
        opt_plain("senast", Ty::Date, "När målet ska vara nått."),
        // v3: the plan's life.
        opt_plain(
            "utfall",
            Ty::Map(&GOAL_OUTCOME),
            "Utvärderingen av målet; ett utvärderat mål ger ingen påminnelse om sitt senast-datum.",
        ),
    ],
};

pub static INTERVENTION: MapSchema = MapSchema {
    path: "insatser[]",
    fields: &[
        req_plain("id", Ty::Text, "I1, I2, …"),
        req_personal("beskrivning", Ty::Text, "Insatsen."),
        opt_plain(
            "huvudman",
            Ty::Text,
            "Id för den part som ansvarar för insatsen.",
        ),
        opt_plain(
            "behov",
            Ty::List(&Ty::Text),
            "Behov som insatsen möter (B1, …).",
        ),
        opt_plain(
            "mål",
            Ty::List(&Ty::Text),
            "Mål som insatsen leder mot (M1, …).",
        ),
        opt_personal("utförare", Ty::Text, "Enheten som utför insatsen."),
        opt_personal("kontaktperson", Ty::Text, "Kontaktperson för insatsen."),
        opt_plain("start", Ty::Date, "Startdag."),
        opt_plain("slut", Ty::Date, "Slutdag."),
        opt_plain(
            "status",
            Ty::Enum(InterventionStatus::ALL),
            "Insatsens status.",
        ),
    ],
};

pub static OWN_ACTION: MapSchema = MapSchema {
    path: "egna_åtgärder[]",
    fields: &[req_personal(
        "beskrivning",
        Ty::Text,
        "Vad individen själv gör.",
    )],
};

pub static COPY: MapSchema = MapSchema {
    path: "kopia_till[]",
    fields: &[
        req_personal("namn", Ty::Text, "Vem som får en kopia av planen."),
        opt_plain(
            "part",
            Ty::Text,
            "Id för parten mottagaren hör till; kopior går bara till parter som samtycket omfattar.",
        ),
    ],
};

pub static MEASURE: MapSchema = MapSchema {
    path: "åtgärder_av_andra[]",
    fields: &[
        req_personal("beskrivning", Ty::Text, "Åtgärden."),
        opt_personal("av", Ty::Text, "Vem som vidtar den."),
        opt_plain(
            "behov",
            Ty::List(&Ty::Text),
            "Behov som åtgärden möter (B1, …).",
        ),
    ],
};

pub static OVERALL: MapSchema = MapSchema {
    path: "övergripande_ansvar",
    fields: &[
        opt_plain(
            "part",
            Ty::Text,
            "Id för den huvudman som har det övergripande ansvaret.",
        ),
        opt_personal("person", Ty::Text, "Ansvarig person."),
    ],
};

pub static PARTICIPANT: MapSchema = MapSchema {
    path: "möten[].deltagare[]",
    fields: &[
        req_personal("namn", Ty::Text, "Deltagarens namn."),
        opt_plain("roll", Ty::Enum(ParticipantRole::ALL), "Roll vid mötet."),
        opt_plain("part", Ty::Text, "Id för parten deltagaren företräder."),
        // v3: the plan's life.
        opt_personal(
            "enhet",
            Ty::Text,
            "Deltagarens enhet eller organisation, t.ex. Västra skolan, elevhälsan; skrivs efter namnet.",
        ),
        opt_plain(
            "närvarande",
            Ty::Bool,
            "false när deltagaren inte kom (bara på ett hållet möte); utan nyckeln var deltagaren där.",
        ),
    ],
};

pub static MEETING: MapSchema = MapSchema {
    path: "möten[]",
    fields: &[
        req_plain("id", Ty::Text, "MÖ1, MÖ2, …"),
        req_plain(
            "typ",
            Ty::Enum(MeetingKind::ALL),
            "Upprättande eller uppföljning.",
        ),
        req_plain("tid", Ty::DateTime, "Mötets tid, ÅÅÅÅ-MM-DDTTT:MM."),
        opt_personal("plats", Ty::Text, "Plats."),
        opt_personal(
            "digitalt",
            Ty::Text,
            "Det digitala systemet, när mötet är digitalt.",
        ),
        opt_personal(
            "syfte",
            Ty::Text,
            "Mötets eget syfte (kallelsen använder det, annars planens syfte).",
        ),
        opt_personal(
            "frågeställningar",
            Ty::List(&Ty::Text),
            "Mötets egna frågeställningar (annars planens).",
        ),
        opt_plain(
            "kallelse_skickad",
            Ty::Date,
            "Dagen då kallelsen skickades.",
        ),
        opt_plain(
            "deltagare",
            Ty::List(&Ty::Map(&PARTICIPANT)),
            "Inbjudna deltagare.",
        ),
        opt_plain("genomfört", Ty::Bool, "Om mötet är hållet."),
        opt_personal("anteckningar", Ty::Text, "Anteckningar från mötet."),
        // v3: the plan's life.
        opt_plain(
            "längd_minuter",
            Ty::Minutes,
            "Mötets längd i minuter (standard 90); breven och kalenderns sluttid använder den.",
        ),
    ],
};

pub static FOLLOW_UP: MapSchema = MapSchema {
    path: "uppföljning",
    fields: &[opt_plain("nästa", Ty::Date, "Nästa uppföljning.")],
};

pub static CLOSING: MapSchema = MapSchema {
    path: "avslut",
    fields: &[
        opt_plain("datum", Ty::Date, "Dagen då planen avslutades."),
        opt_plain(
            "orsak",
            Ty::Enum(ClosingReason::ALL),
            "Varför planen avslutades.",
        ),
        opt_personal("kommentar", Ty::Text, "Kommentar."),
    ],
};

pub static PLAN: MapSchema = MapSchema {
    path: "",
    fields: &[
        req_plain(
            "id",
            Ty::PlanId,
            "Planens id, unikt i mappen; filen heter <id>.yaml.",
        ),
        req_plain(
            "överenskommelse",
            Ty::Text,
            "Id för den lokala överenskommelse planen följer.",
        ),
        req_plain(
            "status",
            Ty::Enum(Status::ALL),
            "Utkast, pågående eller avslutad.",
        ),
        opt_personal("samtalsledare", Ty::Text, "Samtalsledaren."),
        req_plain("individ", Ty::Map(&INDIVIDUAL), "Individen planen gäller."),
        opt_plain("närstående", Ty::List(&Ty::Map(&RELATIVE)), "Närstående."),
        req_plain(
            "initiering",
            Ty::Map(&INITIATION),
            "Vem som kallade och när.",
        ),
        opt_plain(
            "samtycke",
            Ty::Map(&CONSENT),
            "Individens samtycke; krävs när planen inte är utkast.",
        ),
        opt_personal(
            "bakgrund",
            Ty::Text,
            "Nuläget, som det beskrevs och enades om vid mötet.",
        ),
        opt_personal(
            "individens_mål",
            Ty::Text,
            "Det som är viktigast för individen, med individens egna ord (för ett barn barnets egen syn).",
        ),
        opt_personal(
            "barnets_synpunkter",
            Ty::Text,
            "För ett barn: hur barnets egna synpunkter har tagits fram och vad de är (skrivs i planen under \"Det här är viktigt för mig\").",
        ),
        opt_personal("syfte", Ty::Text, "Syftet med planen och mötet."),
        opt_plain("inriktning", Ty::Enum(Focus::ALL), "Planens inriktning."),
        opt_personal(
            "frågeställningar",
            Ty::List(&Ty::Text),
            "Frågor mötet fokuserar på.",
        ),
        opt_plain("behov", Ty::List(&Ty::Map(&NEED)), "Individens behov."),
        opt_plain("mål", Ty::List(&Ty::Map(&GOAL)), "Mål (SMARTA)."),
        opt_plain(
            "insatser",
            Ty::List(&Ty::Map(&INTERVENTION)),
            "Insatser som behövs och vem som svarar för dem (punkt 1 och 2).",
        ),
        opt_plain(
            "egna_åtgärder",
            Ty::List(&Ty::Map(&OWN_ACTION)),
            "Vad individen själv ska göra.",
        ),
        opt_plain(
            "åtgärder_av_andra",
            Ty::List(&Ty::Map(&MEASURE)),
            "Åtgärder av andra än kommun och region (punkt 3); [] betyder inga.",
        ),
        opt_plain(
            "övergripande_ansvar",
            Ty::Map(&OVERALL),
            "Vem av huvudmännen som har det övergripande ansvaret (punkt 4).",
        ),
        opt_plain(
            "kopia_till",
            Ty::List(&Ty::Map(&COPY)),
            "Vilka som får en kopia av planen (utöver individen).",
        ),
        opt_plain("möten", Ty::List(&Ty::Map(&MEETING)), "SIP-möten."),
        opt_plain("uppföljning", Ty::Map(&FOLLOW_UP), "Uppföljning."),
        opt_plain(
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

/// The key paths whose values are personal data, as the schema table classifies them
/// ([`Field::personal`]): `individ.namn`, `individ.företrädare[].namn`, `möten[].syfte`,
/// `syfte`, … (a mapping's path, a dot, the key; `[]` marks a list's items). Every key of the
/// format is classified when it is declared; this is the one list, for masking, for which
/// values a message may echo, and for choosing what to encrypt at rest.
pub fn personal_paths() -> Vec<String> {
    let mut out = Vec::new();
    for m in all_maps() {
        for f in m.fields.iter().filter(|f| f.personal) {
            if m.path.is_empty() {
                out.push(f.key.to_string());
            } else {
                out.push(format!("{}.{}", m.path, f.key));
            }
        }
    }
    out
}

/// The keys that are personal in the mapping they sit in, each once: the last segment of
/// [`personal_paths`]. A key means the same in every mapping (a test holds the table to it),
/// so a key alone says whether its value is personal.
pub fn personal_keys() -> &'static [&'static str] {
    static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<&'static str> = all_maps()
            .into_iter()
            .flat_map(|m| m.fields.iter().filter(|f| f.personal).map(|f| f.key))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    })
}

/// Whether the last key of a path (`individ.namn`, `närstående[2].namn`) is personal
/// ([`personal_keys`]).
pub fn is_personal_key(path: &str) -> bool {
    crate::privacy::is_personal_in(path, personal_keys())
}

/// A plan value for a finding message, by the key path it sits under: the value only when the
/// key is not personal and the value has the shape of an id (`privacy::elide`), else `…`. A
/// value of a personal key is never echoed, whatever it looks like.
pub fn echo<'a>(key: &str, value: &'a str) -> &'a str {
    if is_personal_key(key) {
        "…"
    } else {
        crate::privacy::elide(value)
    }
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

    /// A key is personal in every mapping or in none: [`is_personal_key`] goes by the
    /// last segment of a path.
    #[test]
    fn a_key_is_personal_everywhere_or_nowhere() {
        for m in all_maps() {
            for f in m.fields {
                for other in all_maps() {
                    if let Some(g) = other.field(f.key) {
                        assert_eq!(
                            f.personal, g.personal,
                            "`{}` is personal in `{}` but not in `{}` (or the reverse)",
                            f.key, m.path, other.path
                        );
                    }
                }
            }
        }
    }

    /// Keys whose values are ids, party ids or lists of them: text that is not personal. Any
    /// other text key must be declared personal (free text may hold a name).
    const ID_TEXT_KEYS: &[&str] = &[
        "id",
        "överenskommelse",
        "part",
        "parter",
        "huvudman",
        "behov",
        "mål",
    ];

    #[test]
    fn every_text_key_is_personal_unless_it_holds_ids() {
        for m in all_maps() {
            for f in m.fields {
                let mut ty = &f.ty;
                while let Ty::List(inner) | Ty::OneOrList(inner) = ty {
                    ty = inner;
                }
                match ty {
                    Ty::Text if !ID_TEXT_KEYS.contains(&f.key) => assert!(
                        f.personal,
                        "`{}.{}` is free text but not declared personal (use opt_personal)",
                        m.path, f.key
                    ),
                    Ty::Personnummer => assert!(f.personal, "{}", f.key),
                    Ty::Map(_) | Ty::Enum(_) | Ty::Bool | Ty::PlanId | Ty::DateTime => assert!(
                        !f.personal,
                        "`{}.{}` holds no free text: its own keys or values say",
                        m.path, f.key
                    ),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn personal_paths_name_people_and_free_text_only() {
        let paths = personal_paths();
        for p in [
            "individ.namn",
            "individ.personnummer",
            "individ.företrädare[].namn",
            "individ.företrädare[].kontakt",
            "samtycke.givet_av",
            "möten[].deltagare[].namn",
            "möten[].plats",
            "möten[].anteckningar",
            "mål[].mått",
            "syfte",
            "bakgrund",
            "individens_mål",
            "avslut.kommentar",
            "samtalsledare",
        ] {
            assert!(paths.iter().any(|x| x == p), "{p} missing from {paths:?}");
        }
        for p in [
            "id",
            "status",
            "initiering.part",
            "insatser[].huvudman",
            "möten[].tid",
        ] {
            assert!(!paths.iter().any(|x| x == p), "{p} is not personal");
        }
        assert!(personal_keys().contains(&"namn"));
        assert!(!personal_keys().contains(&"part"));
        assert!(is_personal_key("närstående[2].namn"));
        assert!(is_personal_key("möten[MÖ1].anteckningar"));
        assert!(!is_personal_key("initiering.datum"));
    }

    #[test]
    fn values_of_personal_keys_are_never_echoed() {
        assert_eq!(echo("samtycke.givet_av", "godman"), "…");
        assert_eq!(echo("individ.namn", "anna"), "…");
        assert_eq!(echo("möten[MÖ1].plats", "b12"), "…");
        assert_eq!(echo("initiering.part", "regoin"), "regoin");
        assert_eq!(echo("initiering.part", "ANNA"), "…");
    }

    /// The README's list of personal keys is this table's (`SIP_BLESS=1` rewrites it).
    #[test]
    fn the_readme_lists_the_personal_keys() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        let readme = std::fs::read_to_string(path).expect("README.md");
        let (start, end) = (
            "<!-- personuppgifter:start -->\n",
            "  <!-- personuppgifter:end -->",
        );
        // Wrapped at 100 columns, as the README's text is.
        let mut want = String::from(" ");
        let mut col = 2;
        let keys = personal_keys();
        for (i, k) in keys.iter().enumerate() {
            let word = format!("`{k}`{}", if i + 1 == keys.len() { "." } else { "," });
            if col + 1 + word.chars().count() > 100 {
                want.push_str("\n ");
                col = 2;
            }
            want.push(' ');
            want.push_str(&word);
            col += 1 + word.chars().count();
        }
        want.push('\n');
        let (Some(a), Some(b)) = (readme.find(start), readme.find(end)) else {
            panic!("README.md has no personuppgifter markers");
        };
        let have = &readme[a + start.len()..b];
        if have != want && std::env::var_os("SIP_BLESS").is_some() {
            let fixed = format!("{}{want}{}", &readme[..a + start.len()], &readme[b..]);
            std::fs::write(path, fixed).expect("write README.md");
            return;
        }
        assert_eq!(have, want, "README.md is stale: run with SIP_BLESS=1");
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

    /// The plan keys the commands read and write are written as literals in `src/cli` (paths
    /// given to the edit engine, new items' keys, list names). Each must be a key of the
    /// format at that place, so that renaming a key here fails until the commands follow.
    #[test]
    fn the_commands_plan_keys_are_in_the_schema() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/cli");
        let mut files = vec![std::path::PathBuf::from(format!("{dir}/editing.rs"))];
        let mut dirs = vec![std::path::PathBuf::from(format!("{dir}/commands"))];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).expect("src/cli/commands").flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        let mut checked = std::collections::BTreeSet::new();
        let mut wrong = Vec::new();
        for f in &files {
            let text = std::fs::read_to_string(f).expect("source file");
            // The code, not its unit tests.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let name = f.strip_prefix(dir).unwrap_or(f).display().to_string();
            for (path, whole) in plan_key_literals(code) {
                let ok = if whole {
                    resolve(&path)
                } else {
                    path.len() == 1 && all_maps().iter().any(|m| m.field(&path[0]).is_some())
                };
                if !ok {
                    wrong.push(format!("{name}: {}", path.join(".")));
                }
                checked.insert(path.join("."));
            }
        }
        assert!(wrong.is_empty(), "plan keys not in the schema: {wrong:#?}");
        assert!(
            checked.len() >= 20,
            "only {} plan keys found in src/cli: has the pattern changed? {checked:?}",
            checked.len()
        );
    }

    /// Whether a path of keys from the plan's root names a key of the format (a list's
    /// items are stepped into on the way).
    fn resolve(path: &[String]) -> bool {
        let mut map: &MapSchema = &PLAN;
        for (i, key) in path.iter().enumerate() {
            let Some(field) = map.field(key) else {
                return false;
            };
            let mut ty = &field.ty;
            while let Ty::List(inner) | Ty::OneOrList(inner) = ty {
                ty = inner;
            }
            match ty {
                Ty::Map(inner) => map = inner,
                _ if i + 1 < path.len() => return false,
                _ => {}
            }
        }
        true
    }

    /// The string literal starting at `s` (which starts with `"`): its text and the rest.
    fn literal(s: &str) -> Option<(&str, &str)> {
        let body = s.strip_prefix('"')?;
        let end = body.find('"')?;
        Some((&body[..end], &body[end + 1..]))
    }

    /// The plan key literals in a command's code, each with whether it is a whole path from
    /// the root (`true`) or a key of some mapping (`false`):
    /// - path arrays `set(&["individ", "namn"] …)`, `has(&[…])`, `path(&[…])`,
    ///   `KEYS: &[&str] = &[…]` (their leading literal elements);
    /// - `item_path("möten", id, "genomfört")` (the list, and the key when literal);
    /// - `.existing("mål", …)`, `.ids("behov")`, `.remove_referenced("behov", …)` (a list);
    /// - `Seg::Key("deltagare".into())` and a new item's `("beskrivning", Val::…)`.
    fn plan_key_literals(code: &str) -> Vec<(Vec<String>, bool)> {
        let mut out = Vec::new();
        for (at, _) in code.match_indices("&[") {
            let before = code[..at].trim_end();
            if !["set(", "has(", "path(", "&[&str] ="]
                .iter()
                .any(|p| before.ends_with(p))
            {
                continue;
            }
            let mut rest = &code[at + 2..];
            let mut path = Vec::new();
            while let Some((lit, after)) = literal(rest.trim_start()) {
                let after = after.trim_start();
                if !(after.starts_with(',') || after.starts_with(']')) {
                    break;
                }
                path.push(lit.to_string());
                rest = after.strip_prefix(',').unwrap_or(after);
            }
            if !path.is_empty() {
                out.push((path, true));
            }
        }
        for (at, _) in code.match_indices("item_path(") {
            let args = &code[at + "item_path(".len()..];
            let Some((list, rest)) = literal(args.trim_start()) else {
                continue;
            };
            let mut path = vec![list.to_string()];
            // The third argument, when it is a literal.
            if let Some(third) = rest.splitn(3, ',').nth(2)
                && let Some((key, after)) = literal(third.trim_start())
                && after.trim_start().starts_with(')')
            {
                path.push(key.to_string());
            }
            out.push((path, true));
        }
        for call in [".existing(", ".ids(", ".remove_referenced("] {
            for (at, _) in code.match_indices(call) {
                if let Some((list, _)) = literal(code[at + call.len()..].trim_start()) {
                    out.push((vec![list.to_string()], true));
                }
            }
        }
        for (at, _) in code.match_indices("Seg::Key(") {
            if let Some((key, after)) = literal(&code[at + "Seg::Key(".len()..])
                && after.starts_with(".into()")
            {
                out.push((vec![key.to_string()], false));
            }
        }
        for (at, _) in code.match_indices(", Val::") {
            let before = code[..at].trim_end();
            if let Some(open) = before.rfind("(\"")
                && let Some((key, after)) = literal(&before[open + 1..])
                && after.is_empty()
            {
                out.push((vec![key.to_string()], false));
            }
        }
        out
    }
}
