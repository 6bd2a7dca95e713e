//! The plan generator behind the `gen_plans` example (`main.rs` beside it): N realistic Swedish
//! plans in a new plan folder, a chosen fraction with one known fault each. A module of that
//! example and of the integration tests (`#[path = ...] mod generator;` in `tests/it/main.rs`), so
//! that the tests call it as a function and never build or run the example. It never reads plans.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// A fault the generator can plant, and the rule code that should report it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    MissingOverallResponsibility,
    UnknownParty,
    BadDate,
    MisspeltKey,
    MissingConsent,
    BadPersonnummer,
    BadStatus,
    UnknownReference,
    MissingMeasures,
    ClosedWithoutClosing,
}

impl Fault {
    const ALL: [Fault; 10] = [
        Fault::MissingOverallResponsibility,
        Fault::UnknownParty,
        Fault::BadDate,
        Fault::MisspeltKey,
        Fault::MissingConsent,
        Fault::BadPersonnummer,
        Fault::BadStatus,
        Fault::UnknownReference,
        Fault::MissingMeasures,
        Fault::ClosedWithoutClosing,
    ];
    fn describe(self) -> (&'static str, &'static str) {
        match self {
            Fault::MissingOverallResponsibility => ("L004", "övergripande_ansvar saknas"),
            Fault::UnknownParty => ("A006", "okänd part som huvudman"),
            Fault::BadDate => ("S003", "ogiltigt datum"),
            Fault::MisspeltKey => ("S002", "felstavad nyckel"),
            Fault::MissingConsent => ("L005", "samtycke saknas"),
            Fault::BadPersonnummer => ("S008", "fel kontrollsiffra i personnummer"),
            Fault::BadStatus => ("S003", "okänd status"),
            Fault::UnknownReference => ("S006", "hänvisning till behov som inte finns"),
            Fault::MissingMeasures => ("L003", "åtgärder_av_andra saknas"),
            Fault::ClosedWithoutClosing => ("P004", "avslutad utan avslut"),
        }
    }
}

/// What to generate: how many plans, the fraction with a fault, the seed, and the day that the
/// dates are laid out around.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub count: usize,
    pub fault_rate: f64,
    pub seed: u64,
    pub today: NaiveDate,
}

/// What [`generate`] wrote: printed, it is the generator's summary (first line the plans, the
/// folder, the mean size and the number with faults; then `  CODE what: n` per planted fault).
#[derive(Debug)]
pub struct Summary {
    pub plans: usize,
    pub out: PathBuf,
    pub bytes: usize,
    counts: [usize; Fault::ALL.len()],
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let faulty: usize = self.counts.iter().sum();
        write!(
            f,
            "{} planer i {} ({} byte i snitt), {} med fel:",
            self.plans,
            self.out.display(),
            self.bytes / self.plans.max(1),
            faulty
        )?;
        for (fault, n) in Fault::ALL.iter().zip(self.counts) {
            if n > 0 {
                let (code, what) = fault.describe();
                write!(f, "\n  {code} {what}: {n}")?;
            }
        }
        Ok(())
    }
}

const FIRST_F: &[&str] = &[
    "Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Elin", "Johanna", "Linnea", "Ida", "Hanna",
    "Malin", "Sofia", "Frida", "Amanda", "Elsa", "Ebba", "Wilma", "Alva", "Maja", "Agnes", "Märta",
    "Åsa", "Ingrid", "Lena", "Birgitta", "Astrid", "Sanna", "Tove", "Matilda",
];
const FIRST_M: &[&str] = &[
    "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Nils", "Olof", "Mikael", "Jonas", "Oskar",
    "Viktor", "Emil", "Hugo", "Axel", "Elias", "Liam", "Noah", "Filip", "Isak", "Gustav", "Albin",
    "Björn", "Göran", "Håkan", "Jörgen", "Sören", "Måns", "Pontus", "Ahmed",
];
const LAST: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Lindqvist",
    "Lindberg",
    "Lindström",
    "Forsberg",
    "Marklund",
    "Strömberg",
    "Holmgren",
    "Sjöberg",
    "Wikström",
    "Åberg",
    "Öberg",
    "Hägglund",
    "Nordström",
    "Berglund",
    "Lundgren",
];

struct Region {
    agreement: &'static str,
    parties: &'static [&'static str],
    towns: &'static [&'static str],
    /// (party, provider) pairs for interventions.
    providers: &'static [(&'static str, &'static str)],
    /// Inclusive age range on the initiation date.
    ages: (i64, i64),
    /// The agreement is valid from this day (plans are initiated after it).
    from: Option<(i32, u32, u32)>,
}

const SAMSIP: Region = Region {
    agreement: "samsip-sodra-lappland",
    parties: &["kommun", "region", "af", "fk"],
    towns: &[
        "Lycksele",
        "Storuman",
        "Sorsele",
        "Vilhelmina",
        "Åsele",
        "Dorotea",
        "Malå",
    ],
    providers: &[
        ("kommun", "Arbetsmarknadsenheten"),
        ("kommun", "Socialtjänsten, försörjningsstöd"),
        ("region", "Psykiatriska öppenvårdsmottagningen"),
        ("region", "Hälsocentralen"),
        ("af", "Arbetsförmedlingen"),
        ("fk", "Försäkringskassan, samordning"),
    ],
    ages: (18, 64),
    from: Some((2026, 1, 1)),
};

const OREBRO: Region = Region {
    agreement: "orebro-lan",
    parties: &["kommun", "region"],
    towns: &[
        "Örebro",
        "Kumla",
        "Hallsberg",
        "Karlskoga",
        "Lindesberg",
        "Askersund",
        "Nora",
        "Degerfors",
        "Laxå",
        "Hällefors",
        "Ljusnarsberg",
        "Lekeberg",
    ],
    providers: &[
        ("kommun", "Elevhälsan"),
        ("kommun", "Socialtjänsten, barn och unga"),
        ("kommun", "Hemtjänsten"),
        ("kommun", "Boendestödet"),
        ("region", "Barn- och ungdomspsykiatrin"),
        ("region", "Vårdcentralen"),
        ("region", "Habiliteringen"),
        ("region", "Beroendecentrum"),
    ],
    ages: (6, 88),
    from: None,
};

const NEEDS: &[&str] = &[
    "Behandling av ångest och sömnsvårigheter",
    "Arbetsträning med gradvis ökad tid och tydlig handledning",
    "Stöd att få överblick över ekonomi och skulder",
    "Stöd i vardagen för att klara boendet",
    "Anpassad studiegång och stöd i skolan",
    "Utredning av neuropsykiatriska svårigheter",
    "Behandling av missbruk och stöd till drogfrihet",
    "Hjälp med läkemedel och regelbundna läkarkontakter",
    "Sysselsättning på dagtid med meningsfulla uppgifter",
    "Stöd till anhöriga som vårdar",
];
const GOALS: &[(&str, &str)] = &[
    (
        "arbetstränar 20 timmar i veckan",
        "Närvarolista, fyra veckor i följd",
    ),
    ("går i skolan alla dagar", "Skolans närvarorapport"),
    (
        "sover minst sex timmar per natt",
        "Sömndagbok under två veckor",
    ),
    ("bor kvar i sin lägenhet", "Inga varningar från hyresvärden"),
    (
        "har en fast läkarkontakt",
        "Bokad återkommande tid på vårdcentralen",
    ),
    ("är drogfri", "Negativa provsvar under tre månader"),
    (
        "har en budget som går ihop",
        "Budget följd under tre månader",
    ),
];
const INTERVENTIONS: &[&str] = &[
    "KBT för oro och sömnproblem",
    "Arbetsträning i kafeteria, från 10 till 20 timmar i veckan",
    "Budget- och skuldrådgivning samt försörjningsstöd",
    "Boendestöd två gånger i veckan",
    "Särskilt stöd i skolan enligt åtgärdsprogram",
    "Neuropsykiatrisk utredning",
    "Öppenvårdsbehandling för beroende",
    "Läkemedelsgenomgång och uppföljning hos läkare",
    "Daglig verksamhet tre dagar i veckan",
    "Kartläggning av arbetsförmåga",
];
const MEASURES: &[(&str, &str)] = &[
    ("Följer med till första träffen", "närstående"),
    ("Promenadgrupp två gånger i veckan", "Friskvårdsföreningen"),
    ("Stöd med skjuts till behandlingen", "närstående"),
    ("Läxhjälp på fritidsgården", "Fritidsgården"),
    ("Stödsamtal i församlingen", "Svenska kyrkan"),
];
const RELATIONS: &[&str] = &[
    "mor", "far", "syster", "bror", "sambo", "make", "maka", "vän",
];

struct Gen<'a> {
    rng: StdRng,
    today: NaiveDate,
    region: &'a Region,
}

fn pick<'a, T>(rng: &mut StdRng, xs: &'a [T]) -> &'a T {
    &xs[rng.random_range(0..xs.len())]
}

/// A personnummer `YYYYMMDD-NNNC` with a correct Luhn check digit (odd third digit: man).
fn personnummer(rng: &mut StdRng, birth: NaiveDate, male: bool) -> String {
    let mut serial = rng.random_range(0..1000u32);
    if (serial % 10 % 2 == 1) != male {
        serial = serial / 10 * 10 + (serial % 10 + 1) % 10;
    }
    let body = format!(
        "{:02}{:02}{:02}{:03}",
        birth.year() % 100,
        birth.month(),
        birth.day(),
        serial
    );
    let sum: u32 = body
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    let check = (10 - sum % 10) % 10;
    format!(
        "{}{:02}{:02}-{:03}{}",
        birth.year(),
        birth.month(),
        birth.day(),
        serial,
        check
    )
}

fn plan_id(rng: &mut StdRng, year: i32) -> String {
    const CHARS: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let tail: String = (0..8)
        .map(|_| char::from(CHARS[rng.random_range(0..CHARS.len())]))
        .collect();
    format!("sip-{year}-{tail}")
}

/// One generated plan.
struct Plan {
    id: String,
    initiated: NaiveDate,
    text: String,
}

impl Gen<'_> {
    fn days(&mut self, lo: i64, hi: i64) -> Duration {
        Duration::days(self.rng.random_range(lo..=hi))
    }

    fn name(&mut self, male: bool) -> String {
        let first = if male { FIRST_M } else { FIRST_F };
        format!(
            "{} {}",
            pick(&mut self.rng, first),
            pick(&mut self.rng, LAST)
        )
    }

    fn plan(&mut self, fault: Option<Fault>) -> Plan {
        let r = self.region;
        let today = self.today;
        // Initiation: at least five weeks ago (so the first meeting has been held), at most two
        // years ago or the agreement's start.
        let earliest = r
            .from
            .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .unwrap_or(today - Duration::days(730));
        let span = (today - Duration::days(35) - earliest).num_days().max(0);
        let initiated = earliest + self.days(0, span);
        let status = match (fault, self.rng.random_range(0..100)) {
            (Some(Fault::ClosedWithoutClosing), _) => "avslutad",
            (Some(Fault::MissingConsent | Fault::MissingMeasures), _) => "pågående",
            (Some(Fault::MissingOverallResponsibility), _) => "pågående",
            (_, 0..=7) => "utkast",
            (_, 8..=19) => "avslutad",
            _ => "pågående",
        };
        let id = plan_id(&mut self.rng, initiated.year());
        let male = self.rng.random_bool(0.5);
        let age = self.rng.random_range(r.ages.0..=r.ages.1);
        let mut birth = initiated - Duration::days(age * 365 + self.rng.random_range(10..350));
        if age < 18 {
            // A child of an older plan is still a child today (else the consent the guardians
            // gave would need the individual's own: L011).
            birth = birth.max(today - Duration::days(18 * 365 - 30));
        }
        let name = self.name(male);
        let town = *pick(&mut self.rng, r.towns);
        let leader = {
            let m = self.rng.random_bool(0.4);
            self.name(m)
        };
        let minor = age < 18;

        let mut t = String::with_capacity(4096);
        let w = &mut t;
        let _ = writeln!(w, "id: {id}");
        let _ = writeln!(w, "överenskommelse: {}", r.agreement);
        if fault == Some(Fault::BadStatus) {
            let _ = writeln!(w, "status: pågåend");
        } else {
            let _ = writeln!(w, "status: {status}");
        }
        let _ = writeln!(w, "samtalsledare: {leader}");
        let _ = writeln!(w, "individ:\n  namn: {name}");
        let mut pnr = personnummer(&mut self.rng, birth, male);
        if fault == Some(Fault::BadPersonnummer) {
            let last = pnr.pop().and_then(|c| c.to_digit(10)).unwrap_or(0);
            pnr.push(char::from(b'0' + ((last + 1) % 10) as u8));
        }
        let _ = writeln!(w, "  personnummer: \"{pnr}\"");
        let _ = writeln!(w, "  kön: {}", if male { "man" } else { "kvinna" });
        let occupation = if r.agreement == "samsip-sodra-lappland" {
            "utan_anställning"
        } else if minor {
            "studerande"
        } else {
            *pick(
                &mut self.rng,
                &["utan_anställning", "anställd", "studerande", "annan"],
            )
        };
        let _ = writeln!(w, "  sysselsättning: {occupation}");
        if !minor {
            let benefit = *pick(
                &mut self.rng,
                &["försörjningsstöd", "sjukpenning", "aktivitetsersättning"],
            );
            let _ = writeln!(w, "  ersättning: [{benefit}]");
        }
        let relative = self.name(!male);
        let relation = if minor {
            "mor"
        } else {
            *pick(&mut self.rng, RELATIONS)
        };
        if minor {
            let _ = writeln!(
                w,
                "  företrädare:\n    namn: {relative}\n    roll: vårdnadshavare"
            );
        }
        let _ = writeln!(
            w,
            "närstående:\n  - namn: {relative}\n    relation: {relation}"
        );
        let convener = if self.rng.random_bool(0.6) {
            "kommun"
        } else {
            "region"
        };
        let init_date = if fault == Some(Fault::BadDate) {
            format!("{}-02-30", initiated.year())
        } else {
            initiated.to_string()
        };
        let _ = writeln!(w, "initiering:\n  datum: {init_date}\n  part: {convener}");

        // Parties: the two principals, and af/fk at times where the agreement has them.
        let mut parties: Vec<&str> = vec!["kommun", "region"];
        for p in r.parties.iter().skip(2) {
            if self.rng.random_bool(0.5) {
                parties.push(p);
            }
        }
        // A draft whose kallelse has gone out needs consent too (L005), so every plan records it.
        if fault != Some(Fault::MissingConsent) {
            let consent = initiated + self.days(0, 4);
            let _ = writeln!(w, "samtycke:\n  datum: {consent}");
            let form = if self.rng.random_bool(0.8) {
                "skriftligt"
            } else {
                "muntligt"
            };
            // A child's consent is given by the guardian, by name (L009 asks for every guardian).
            let by = if minor {
                format!("[{relative}]")
            } else {
                "individen".to_string()
            };
            let _ = writeln!(
                w,
                "  form: {form}\n  givet_av: {by}\n  omfattning: Uppgifter om hälsa, försörjning och pågående insatser\n  dokumenterat_av: {leader}"
            );
            let _ = writeln!(w, "  parter: [{}]", parties.join(", "));
            let _ = writeln!(w, "  giltigt_till: {}", consent + Duration::days(730));
        }
        let first = name.split(' ').next().unwrap_or("");
        // The individual's own goal, in their own words (P010).
        let own = if minor {
            "Jag vill gå i skolan varje dag och ha kompisar."
        } else {
            "Jag vill klara mig själv hemma och ha något meningsfullt att göra på dagarna."
        };
        let _ = writeln!(w, "individens_mål: \"{own}\"");
        let _ = writeln!(
            w,
            "syfte: Samordna stödet från {} så att {first} får det stöd som behövs i {town}, med tydlig ansvarsfördelning och regelbunden uppföljning.",
            parties.join(", ")
        );
        let focus = if r.agreement == "samsip-sodra-lappland" {
            "arbetslivsinriktad_rehabilitering"
        } else if minor {
            "skola"
        } else {
            *pick(
                &mut self.rng,
                &[
                    "medicinsk_rehabilitering",
                    "social_rehabilitering",
                    "vård_och_omsorg",
                    "arbetslivsinriktad_rehabilitering",
                ],
            )
        };
        let _ = writeln!(w, "inriktning: {focus}");
        let _ = writeln!(
            w,
            "frågeställningar:\n  - Vilka insatser behöver {first} för att klara vardagen?\n  - Hur samordnas insatserna mellan {}?",
            parties.join(" och ")
        );

        // Needs, goals and interventions; every need is met by an intervention.
        let n_needs = self.rng.random_range(2..=3usize);
        let _ = writeln!(w, "behov:");
        let start = self.rng.random_range(0..NEEDS.len());
        for i in 0..n_needs {
            let _ = writeln!(
                w,
                "  - id: B{}\n    beskrivning: {}",
                i + 1,
                NEEDS[(start + i) % NEEDS.len()]
            );
        }
        let n_goals = self.rng.random_range(1..=2usize);
        let _ = writeln!(w, "mål:");
        for i in 0..n_goals {
            let (g, m) = *pick(&mut self.rng, GOALS);
            let by = initiated + self.days(180, 420);
            let _ = writeln!(
                w,
                "  - id: M{}\n    beskrivning: {first} {g}\n    mått: {m}\n    senast: {by}",
                i + 1
            );
        }
        let first_meeting = initiated + self.days(7, 28);
        let key = if fault == Some(Fault::MisspeltKey) {
            "insattser"
        } else {
            "insatser"
        };
        let _ = writeln!(w, "{key}:");
        let n_int = self.rng.random_range(n_needs..=4);
        for i in 0..n_int {
            let (party, provider) = loop {
                let pp = *pick(&mut self.rng, r.providers);
                if parties.contains(&pp.0) {
                    break pp;
                }
            };
            let party = if fault == Some(Fault::UnknownParty) && i == 0 {
                "skolan"
            } else {
                party
            };
            let need = if fault == Some(Fault::UnknownReference) && i == 0 {
                9
            } else {
                i % n_needs + 1
            };
            let s = first_meeting + self.days(0, 30);
            let e = s + self.days(60, 400);
            let st = if status == "avslutad" || e < today {
                "genomförd"
            } else if s > today {
                "planerad"
            } else {
                "pågår"
            };
            let contact = {
                let m = self.rng.random_bool(0.5);
                self.name(m)
            };
            let _ = writeln!(
                w,
                "  - id: I{}\n    beskrivning: {}\n    huvudman: {party}\n    behov: [B{need}]\n    mål: [M{}]\n    utförare: {provider}, {town}\n    kontaktperson: {contact}\n    start: {s}\n    slut: {e}\n    status: {st}",
                i + 1,
                INTERVENTIONS[(start + i) % INTERVENTIONS.len()],
                i % n_goals + 1,
            );
        }
        if fault != Some(Fault::MissingMeasures) {
            if self.rng.random_bool(0.25) {
                let _ = writeln!(w, "åtgärder_av_andra: []");
            } else {
                let (what, by) = *pick(&mut self.rng, MEASURES);
                let by = if by == "närstående" {
                    format!("{relative} ({relation})")
                } else {
                    format!("{by} i {town}")
                };
                let _ = writeln!(
                    w,
                    "åtgärder_av_andra:\n  - beskrivning: {what}\n    av: {by}"
                );
            }
        }
        if fault != Some(Fault::MissingOverallResponsibility) {
            let _ = writeln!(
                w,
                "övergripande_ansvar:\n  part: {convener}\n  person: {leader}"
            );
        }

        // Meetings: the held upprättande meeting, and a follow-up ahead for active plans.
        let _ = writeln!(w, "möten:");
        let sent = first_meeting - self.days(3, 6);
        let _ = writeln!(
            w,
            "  - id: MÖ1\n    typ: upprättande\n    tid: {first_meeting}T{:02}:{}\n    plats: {town}s kommunhus, sammanträdesrum {}\n    kallelse_skickad: {sent}",
            self.rng.random_range(8..=15),
            pick(&mut self.rng, &["00", "30"]),
            self.rng.random_range(1..=6),
        );
        let _ = writeln!(
            w,
            "    deltagare:\n      - namn: {name}\n        roll: individen\n      - namn: {leader}\n        roll: samtalsledare"
        );
        for p in &parties {
            let m = self.rng.random_bool(0.5);
            let who = self.name(m);
            let _ = writeln!(w, "      - namn: {who}\n        part: {p}");
        }
        let _ = writeln!(
            w,
            "    genomfört: true\n    anteckningar: Planen upprättades. {first} och parterna är överens om insatserna."
        );
        let next = today + self.days(7, 90);
        if status == "pågående" {
            let _ = writeln!(
                w,
                "  - id: MÖ2\n    typ: uppföljning\n    tid: {next}T10:00\n    plats: {town}s kommunhus, sammanträdesrum 1\n    deltagare:\n      - namn: {name}\n        roll: individen"
            );
            let _ = writeln!(w, "uppföljning:\n  nästa: {next}");
        }
        if status == "avslutad" && fault != Some(Fault::ClosedWithoutClosing) {
            let closed = (first_meeting + self.days(60, 500)).min(today - Duration::days(1));
            let reason = *pick(&mut self.rng, &["mål_uppfyllda", "behov_saknas", "annan"]);
            let _ = writeln!(
                w,
                "avslut:\n  datum: {closed}\n  orsak: {reason}\n  kommentar: Insatserna är genomförda och {first} klarar sig utan samordning."
            );
        }
        Plan {
            id,
            initiated,
            text: t,
        }
    }
}

/// One fault-free plan from a seed: `(id, text)`, as the generator writes it (for a property test
/// that needs one plan, not a folder).
#[allow(dead_code)]
pub fn clean_plan(seed: u64, today: NaiveDate) -> (String, String) {
    let region = if seed % 2 == 0 { &SAMSIP } else { &OREBRO };
    let mut g = Gen {
        rng: StdRng::seed_from_u64(seed),
        today,
        region,
    };
    let plan = g.plan(None);
    (plan.id, plan.text)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `options.count` plans and a `sip.toml` into `out` (created when missing): the plans in
/// `<år>/<månad>-<nn>/<id>.yaml`, at most 1,000 per folder. The same options give the same bytes.
pub fn generate(out: &Path, options: &Options) -> Result<Summary, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    write(
        &out.join("sip.toml"),
        "\"överenskommelse\" = \"samsip-sodra-lappland\"\nsamtalsledare = \"Erik Ek\"\n",
    )?;
    let mut rng = StdRng::seed_from_u64(options.seed);
    let mut counts = [0usize; Fault::ALL.len()];
    let mut per_folder: std::collections::HashMap<(i32, u32), usize> = Default::default();
    let mut seen = std::collections::HashSet::new();
    let mut bytes = 0usize;
    for _ in 0..options.count {
        let fault = rng
            .random_bool(options.fault_rate)
            .then(|| *pick(&mut rng, &Fault::ALL));
        let region = if rng.random_bool(0.5) {
            &SAMSIP
        } else {
            &OREBRO
        };
        let plan_seed = rng.random();
        let mut g = Gen {
            rng: StdRng::seed_from_u64(plan_seed),
            today: options.today,
            region,
        };
        let plan = g.plan(fault);
        if !seen.insert(plan.id.clone()) {
            // A repeated id would be an S004 nobody planted: draw again with the next seed.
            continue;
        }
        if let Some(f) = fault {
            counts[Fault::ALL.iter().position(|x| *x == f).unwrap_or(0)] += 1;
        }
        let month = (plan.initiated.year(), plan.initiated.month());
        let n = per_folder.entry(month).or_default();
        let dir =
            out.join(month.0.to_string())
                .join(format!("{:02}-{:02}", month.1, *n / 1000 + 1));
        *n += 1;
        if *n % 1000 == 1 {
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        bytes += plan.text.len();
        write(&dir.join(format!("{}.yaml", plan.id)), &plan.text)?;
    }
    Ok(Summary {
        plans: seen.len(),
        out: out.to_path_buf(),
        bytes,
        counts,
    })
}
