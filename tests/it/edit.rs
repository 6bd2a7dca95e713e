//! Editing commands: golden tests in the style `given(yaml).running(op).produces(expected)`,
//! nothing lost (comments, blank lines, unknown keys, CRLF, BOM), refusals, non-interactive
//! use, `sip fmt`, `sip edit`, and the five-minute tour from nothing to a complete plan.

use crate::common;
use common::given::{ID, given, sip};
use common::sip_at;

const BASE: &str = "\
# Plan för test
id: sip-2026-testplan
överenskommelse: samsip-sodra-lappland
status: utkast   # ändras vid mötet
samtalsledare: Erik Ek
individ:
  namn: Anna Andersson
  födelsedatum: 1987-05-23

initiering:
  datum: 2026-02-02
  part: kommun
# egen anteckning: behålls
syfte: Samordna stödet.
behov:
  - id: B1
    beskrivning: Stöd att hantera oro
# insatserna nedan
insatser:
  - id: I1
    beskrivning: Samtalsstöd
    huvudman: region
    status: planerad
möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-03-10T13:00
";

/// `BASE` with `anchor` replaced by `with` (the anchor must occur once).
fn base_with(anchor: &str, with: &str) -> String {
    assert_eq!(BASE.matches(anchor).count(), 1, "anchor {anchor:?}");
    BASE.replace(anchor, with)
}

#[test]
fn need_add_appends_after_the_last_need() {
    let g = given(BASE);
    let r = g.running(&["need", "add", "PLAN", "Stöd att komma igång: steg för steg"]);
    r.produces(&base_with(
        "    beskrivning: Stöd att hantera oro\n",
        "    beskrivning: Stöd att hantera oro\n  - id: B2\n    beskrivning: \"Stöd att komma igång: steg för steg\"\n",
    ));
    assert!(r.stdout().contains("B2"), "{}", r.stdout());
    assert!(
        r.stdout().contains("Kvar innan planen kan bli pågående"),
        "{}",
        r.stdout()
    );
}

#[test]
fn goal_add_creates_the_list_at_its_place() {
    given(BASE)
        .running(&["goal", "add", "PLAN", "Arbetstränar 20 timmar", "--measure", "Närvarolista", "--by", "2026-09-30"])
        .produces(&base_with(
            "# insatserna nedan\n",
            "mål:\n  - id: M1\n    beskrivning: Arbetstränar 20 timmar\n    mått: Närvarolista\n    senast: 2026-09-30\n# insatserna nedan\n",
        ));
}

#[test]
fn intervention_add_and_set() {
    let g = given(BASE);
    g.running(&["intervention", "add", "PLAN", "Arbetsträning", "--party", "af", "--need", "B1", "--start", "2026-04-01"])
        .produces(&base_with(
            "    status: planerad\n",
            "    status: planerad\n  - id: I2\n    beskrivning: Arbetsträning\n    huvudman: af\n    behov: [B1]\n    start: 2026-04-01\n    status: planerad\n",
        ));
    let after_add = g.text();
    g.running(&[
        "intervention",
        "set",
        "PLAN",
        "I1",
        "--status",
        "pågår",
        "--end",
        "2026-06-30",
    ])
    .produces(&after_add.replacen(
        "    huvudman: region\n    status: planerad\n",
        "    huvudman: region\n    slut: 2026-06-30\n    status: pågår\n",
        1,
    ));
}

#[test]
fn measure_add_and_none() {
    given(BASE)
        .running(&["measure", "add", "PLAN", "Karin följer med", "--by", "Karin Andersson (mor)"])
        .produces(&base_with(
            "möten:\n",
            "åtgärder_av_andra:\n  - beskrivning: Karin följer med\n    av: Karin Andersson (mor)\nmöten:\n",
        ));
    let g = given(BASE);
    g.running(&["measure", "none", "PLAN"])
        .produces(&base_with("möten:\n", "åtgärder_av_andra: []\nmöten:\n"));
    // Recording it again changes nothing, byte for byte.
    let r = g.running(&["measure", "none", "PLAN"]);
    r.produces(&base_with("möten:\n", "åtgärder_av_andra: []\nmöten:\n"));
    assert!(r.stdout().contains("Ingen ändring"), "{}", r.stdout());
    // A measure after `[]` turns the list into a block and keeps everything else.
    g.running(&["measure", "add", "PLAN", "Egen träning", "--by", "Anna"])
        .produces(&base_with(
            "möten:\n",
            "åtgärder_av_andra:\n  - beskrivning: Egen träning\n    av: Anna\nmöten:\n",
        ));
}

#[test]
fn measure_add_with_a_need_meets_it() {
    given(BASE)
        .running(&["measure", "add", "PLAN", "Karin följer med", "--by", "Karin", "--need", "B1"])
        .produces(&base_with(
            "möten:\n",
            "åtgärder_av_andra:\n  - beskrivning: Karin följer med\n    av: Karin\n    behov: [B1]\nmöten:\n",
        ));
    given(BASE)
        .running(&["measure", "add", "PLAN", "x", "--by", "y", "--need", "B9"])
        .refuses("--need: `B9` finns inte");
}

#[test]
fn responsible_sets_the_overall_responsibility() {
    given(BASE)
        .running(&[
            "responsible",
            "PLAN",
            "--party",
            "kommun",
            "--person",
            "Erik Ek",
        ])
        .produces(&base_with(
            "möten:\n",
            "övergripande_ansvar:\n  part: kommun\n  person: Erik Ek\nmöten:\n",
        ));
    given(BASE)
        .running(&["responsible", "PLAN", "--party", "af"])
        .refuses("får inte ha det övergripande ansvaret");
}

#[test]
fn meeting_add_invited_held() {
    let g = given(BASE);
    g.running(&[
        "meeting", "add", "PLAN", "--kind", "uppföljning", "--at", "2026-05-10T09:30", "--place", "Rum 3",
        "--participant", "Anna Andersson:individen", "--participant", "Lisa Lind:region",
    ])
    .produces(&format!(
        "{BASE}  - id: MÖ2\n    typ: uppföljning\n    tid: 2026-05-10T09:30\n    plats: Rum 3\n    deltagare:\n      - namn: Anna Andersson\n        roll: individen\n      - namn: Lisa Lind\n        part: region\n    genomfört: false\n"
    ));
    let g = given(BASE);
    g.running(&["meeting", "invited", "PLAN", "MÖ1", "--date", "2026-02-15"])
        .produces(&format!("{BASE}    kallelse_skickad: 2026-02-15\n"));
    // Not before its time: MÖ1 is on 2026-03-10, and today is 2026-03-01.
    g.running(&["meeting", "held", "PLAN", "MÖ1"]).refuses(
        "mötet MÖ1 är inplanerat till 2026-03-10 13:00 och kan inte vara hållet i dag (2026-03-01)",
    );
    g.running(&["meeting", "held", "PLAN", "MÖ1", "--notes", "Planen upprättades.", "--today", "2026-03-10"])
        .produces(&format!(
            "{BASE}    kallelse_skickad: 2026-02-15\n    genomfört: true\n    anteckningar: Planen upprättades.\n"
        ));
    g.running(&["meeting", "held", "PLAN", "MÖ9"])
        .refuses("MÖ9");
}

#[test]
fn followup_status_close() {
    let g = given(BASE);
    g.running(&["followup", "PLAN", "--next", "2026-05-10"])
        .produces(&format!("{BASE}uppföljning:\n  nästa: 2026-05-10\n"));
    let g = given(BASE);
    // No consent and no held upprättande meeting: not yet active, and the file as it was.
    g.running(&["status", "PLAN", "pågående"])
        .refuses("inget samtycke är registrerat");
    assert_eq!(g.text(), BASE);
    g.running(&["status", "PLAN", "avslutad"])
        .refuses("sip close");
    let g = given(BASE);
    g.running(&[
        "close",
        "PLAN",
        "--reason",
        "mål_uppfyllda",
        "--comment",
        "Klart",
    ])
    .produces(&format!(
        "{}avslut:\n  datum: 2026-03-01\n  orsak: mål_uppfyllda\n  kommentar: Klart\n",
        base_with("status: utkast   #", "status: avslutad   #")
    ));
}

#[test]
fn consent_record_and_withdraw() {
    let g = given(BASE);
    g.running(&["consent", "PLAN", "--date", "2026-02-03", "--form", "skriftligt", "--given-by", "individen", "--parties", "kommun,region"])
        .produces(&base_with(
            "  part: kommun\n# egen",
            "  part: kommun\nsamtycke:\n  datum: 2026-02-03\n  form: skriftligt\n  givet_av: individen\n  dokumenterat_av: Erik Ek\n  parter: [kommun, region]\n# egen",
        ));
    let recorded = g.text();
    g.running(&["consent", "PLAN", "--withdrawn", "2026-02-20"])
        .produces(&recorded.replace(
            "  parter: [kommun, region]\n",
            "  parter: [kommun, region]\n  återkallat: 2026-02-20\n",
        ));
    given(BASE)
        .running(&["consent", "PLAN", "--withdrawn", "2026-02-20"])
        .refuses("inget samtycke");
}

#[test]
fn set_replaces_and_adds_fields() {
    let g = given(BASE);
    g.running(&[
        "set",
        "PLAN",
        "--purpose",
        "Nytt syfte",
        "--question",
        "Vad behövs?",
        "--question",
        "Vem gör vad?",
        "--gender",
        "kvinna",
    ])
    .produces(
        &base_with(
            "  födelsedatum: 1987-05-23\n",
            "  födelsedatum: 1987-05-23\n  kön: kvinna\n",
        )
        .replace(
            "syfte: Samordna stödet.\n",
            "syfte: Nytt syfte\nfrågeställningar:\n  - Vad behövs?\n  - Vem gör vad?\n",
        ),
    );
    let before = g.text();
    // Replacing the questions replaces the list and nothing else.
    g.running(&["set", "PLAN", "--question", "Bara en fråga"])
        .produces(&before.replace("  - Vad behövs?\n  - Vem gör vad?\n", "  - Bara en fråga\n"));
    // Setting what is already there is a byte-identical no-op.
    let same = g.text();
    g.running(&["set", "PLAN", "--purpose", "Nytt syfte"])
        .produces(&same);
}

#[test]
fn crlf_and_bom_survive_an_edit() {
    let crlf = format!("\u{feff}{}", BASE.replace('\n', "\r\n"));
    let g = given(&crlf);
    g.running(&["need", "add", "PLAN", "Nytt behov"])
        .produces(&format!(
            "\u{feff}{}",
            base_with(
                "    beskrivning: Stöd att hantera oro\n",
                "    beskrivning: Stöd att hantera oro\n  - id: B2\n    beskrivning: Nytt behov\n",
            )
            .replace('\n', "\r\n")
        ));
}

#[test]
fn comments_inside_a_replaced_list_refuse_the_edit() {
    let text = base_with(
        "syfte: Samordna stödet.\n",
        "syfte: Samordna stödet.\nfrågeställningar:\n  - Första\n  # Anna vill ta upp detta\n  - Andra\n",
    );
    let g = given(&text);
    g.running(&["set", "PLAN", "--question", "Ny"])
        .refuses("rad 17");
    assert_eq!(g.text(), text, "the file is untouched");
}

#[test]
fn every_edit_keeps_comments_and_blank_lines() {
    let runs: &[&[&str]] = &[
        &["need", "add", "PLAN", "x"],
        &["goal", "add", "PLAN", "x"],
        &["intervention", "add", "PLAN", "x", "--party", "kommun"],
        &["measure", "add", "PLAN", "x", "--by", "y"],
        &["responsible", "PLAN", "--party", "region"],
        &[
            "meeting",
            "add",
            "PLAN",
            "--kind",
            "uppföljning",
            "--at",
            "2026-06-01T10:00",
        ],
        &["followup", "PLAN", "--next", "2026-06-01"],
        &[
            "consent",
            "PLAN",
            "--date",
            "2026-02-03",
            "--form",
            "muntligt",
            "--parties",
            "kommun",
        ],
        &[
            "set",
            "PLAN",
            "--focus",
            "annan",
            "--benefit",
            "sjukpenning",
        ],
    ];
    for args in runs {
        let g = given(BASE);
        let r = g.running(args);
        assert_eq!(r.out.status.code(), Some(0), "{args:?}: {}", r.stderr());
        let text = g.text();
        for line in BASE.lines().filter(|l| l.contains('#') || l.is_empty()) {
            assert!(
                text.lines().any(|l| l == line),
                "{args:?} lost {line:?}:\n{text}"
            );
        }
        // Every line of the original is still there, in the same order.
        let mut it = text.lines();
        for line in BASE.lines() {
            assert!(
                it.any(|l| l == line),
                "{args:?}: {line:?} moved or vanished:\n{text}"
            );
        }
    }
}

#[test]
fn unknown_party_lists_the_valid_ones() {
    let g = given(BASE);
    g.running(&["intervention", "add", "PLAN", "x", "--party", "skolan"])
        .refuses("okänd part `skolan`")
        .refuses("kommun (Kommunerna i Södra Lappland), region (Region Västerbotten), af (Arbetsförmedlingen), fk (Försäkringskassan)");
    assert_eq!(g.text(), BASE);
}

#[test]
fn bad_dates_name_the_flag_and_the_format() {
    let g = given(BASE);
    g.running(&["goal", "add", "PLAN", "x", "--by", "30/9"])
        .refuses("--by: `30/9` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD");
    g.running(&[
        "meeting",
        "add",
        "PLAN",
        "--kind",
        "upprättande",
        "--at",
        "2026-03-10 25:00",
    ])
    .refuses("--at")
    .refuses("ÅÅÅÅ-MM-DD TT:MM");
    assert_eq!(g.text(), BASE);
}

#[test]
fn missing_input_without_a_terminal_names_the_flag() {
    let g = given(BASE);
    g.running(&["intervention", "add", "PLAN", "x"])
        .refuses("--party saknas");
    g.running(&["followup", "PLAN"]).refuses("--next saknas");
    g.running(&["measure", "add", "PLAN", "x"])
        .refuses("--by saknas");
    g.running(&["new", "--initiated-by", "kommun"])
        .refuses("--name saknas");
    g.running(&["new", "--name", "Bo"])
        .refuses("--initiated-by saknas");
    assert_eq!(g.text(), BASE);
}

#[test]
fn new_creates_a_draft_named_by_its_id() {
    let g = given(BASE);
    std::fs::write(g.dir.path().join("sip-plan.schema.json"), "{}").expect("write");
    let r = g.running(&[
        "-q",
        "new",
        "--name",
        "Bo Berg",
        "--personnummer",
        "19870523-4824",
        "--initiated-by",
        "region",
        "--purpose",
        "Syfte",
    ]);
    assert_eq!(r.out.status.code(), Some(0), "{}", r.stderr());
    let id = r.stdout().trim().to_string();
    assert!(id.starts_with("sip-2026-") && id.len() == 17, "{id}");
    let text = std::fs::read_to_string(g.dir.path().join(format!("{id}.yaml")))
        .expect("file is <id>.yaml");
    assert_eq!(
        text,
        format!(
            "# yaml-language-server: $schema=sip-plan.schema.json\nid: {id}\növerenskommelse: samsip-sodra-lappland\nstatus: utkast\nsamtalsledare: Erik Ek\nindivid:\n  namn: Bo Berg\n  personnummer: \"19870523-4824\"\ninitiering:\n  datum: 2026-03-01\n  part: region\nsyfte: Syfte\n"
        )
    );
    let r2 = g.running(&["-q", "new", "--name", "Bo Berg", "--initiated-by", "region"]);
    assert_ne!(r2.stdout().trim(), id, "two plans never share an id");
    g.running(&[
        "new",
        "--name",
        "X",
        "--initiated-by",
        "region",
        "--personnummer",
        "19870523-4825",
    ])
    .refuses("personnummer");
}

#[test]
fn fmt_is_idempotent_and_check_exits_1() {
    let messy = "status: utkast\nid: sip-2026-testplan   # id\növerenskommelse: 'samsip-sodra-lappland'\nindivid: {namn: Anna, personnummer: 19870523-4824}\ninitiering:\n    part: kommun\n    datum: 2026-02-02\negen: [1, 2]\n";
    let g = given(messy);
    let r = g.running(&["fmt", "--check"]);
    assert_eq!(r.out.status.code(), Some(1));
    assert!(r.stdout().contains("skulle formateras"), "{}", r.stdout());
    assert_eq!(g.text(), messy, "--check writes nothing");
    g.running(&["fmt"]).produces(
        "id: sip-2026-testplan   # id\növerenskommelse: samsip-sodra-lappland\nstatus: utkast\nindivid:\n  namn: Anna\n  personnummer: \"19870523-4824\"\ninitiering:\n  datum: 2026-02-02\n  part: kommun\negen: [1, 2]\n",
    );
    let once = g.text();
    g.running(&["fmt"]).produces(&once);
    assert_eq!(g.running(&["fmt", "--check"]).out.status.code(), Some(0));
    // The base fixture is already canonical apart from nothing: formatting keeps its comments,
    // and an unknown key goes last.
    let g = given(&BASE.replace(
        "# egen anteckning: behålls\n",
        "egen_anteckning: behålls   # okänd nyckel\n",
    ));
    g.running(&["fmt"]);
    let text = g.text();
    for c in [
        "# Plan för test",
        "# ändras vid mötet",
        "# okänd nyckel",
        "# insatserna nedan",
    ] {
        assert!(text.contains(c), "{c} lost:\n{text}");
    }
    assert!(
        text.trim_end()
            .ends_with("egen_anteckning: behålls   # okänd nyckel"),
        "unknown keys go last:\n{text}"
    );
}

#[test]
fn edit_saves_what_the_editor_wrote_and_reports_errors() {
    let clean = BASE.replace("# egen anteckning: behålls\n", "").replace(
        "syfte: Samordna stödet.\n",
        "syfte: Samordna stödet.\nfrågeställningar:\n  - Vad behövs?\n",
    );
    let g = given(&clean);
    let out = sip(g.dir.path())
        .env("EDITOR", "sed -i s/Samtalsstöd/Samtalsstöd-hos-psykiatrin/")
        .args(["edit", ID])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        g.text(),
        clean.replace("Samtalsstöd", "Samtalsstöd-hos-psykiatrin")
    );
    // An error is saved as written (nothing lost), reported, and exits 1 without prompting.
    let out = sip(g.dir.path())
        .env("EDITOR", "sed -i s/utkast/klar/")
        .args(["edit", ID])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(g.text().contains("status: klar   # ändras vid mötet"));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("S003"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// The five-minute tour of `docs/tour.md`: from nothing to a complete, check-clean active plan
/// with commands only.
#[test]
fn five_minute_tour() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let run = |args: &[&str]| {
        let out = sip_at(d, "2026-03-25").args(args).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&[
        "init",
        "--agreement",
        "samsip-sodra-lappland",
        "--leader",
        "Erik Ek",
    ]);
    let id = run(&[
        "-q",
        "new",
        "--name",
        "Anna Andersson",
        "--personnummer",
        "19870523-4824",
        "--gender",
        "kvinna",
        "--occupation",
        "utan_anställning",
        "--initiated-by",
        "kommun",
        "--date",
        "2026-03-02",
        "--purpose",
        "Samordna stödet så att Anna kan börja arbetsträna.",
        "--focus",
        "arbetslivsinriktad_rehabilitering",
        "--question",
        "Vilka insatser behövs för att Anna ska kunna arbetsträna?",
    ])
    .trim()
    .to_string();
    let id = id.as_str();
    run(&[
        "consent",
        id,
        "--date",
        "2026-03-03",
        "--form",
        "skriftligt",
        "--given-by",
        "individen",
        "--parties",
        "kommun,region,af",
        "--scope",
        "Uppgifter om hälsa, försörjning och pågående insatser",
        "--valid-until",
        "2027-03-03",
    ]);
    run(&["need", "add", id, "Stöd att hantera oro inför arbete"]);
    run(&[
        "goal",
        "add",
        id,
        "Anna arbetstränar 20 timmar i veckan",
        "--measure",
        "Närvaro enligt närvarolista",
        "--by",
        "2026-09-30",
    ]);
    run(&[
        "intervention",
        "add",
        id,
        "Samtalsstöd hos psykiatrin",
        "--party",
        "region",
        "--need",
        "B1",
        "--goal",
        "M1",
    ]);
    run(&[
        "intervention",
        "add",
        id,
        "Arbetsträning",
        "--party",
        "af",
        "--goal",
        "M1",
    ]);
    run(&[
        "measure",
        "add",
        id,
        "Karin följer med till första träffen",
        "--by",
        "Karin Andersson (mor)",
    ]);
    run(&[
        "responsible",
        id,
        "--party",
        "kommun",
        "--person",
        "Erik Ek",
    ]);
    run(&[
        "meeting",
        "add",
        id,
        "--kind",
        "upprättande",
        "--at",
        "2026-03-24T13:00",
        "--place",
        "Kommunhuset, rum 3",
        "--participant",
        "Anna Andersson:individen",
        "--participant",
        "Lisa Lind:region",
        "--participant",
        "Erik Ek:samtalsledare",
    ]);
    run(&["meeting", "invited", id, "MÖ1", "--date", "2026-03-03"]);
    run(&[
        "meeting",
        "held",
        id,
        "MÖ1",
        "--notes",
        "Planen upprättades tillsammans med Anna.",
    ]);
    run(&["followup", id, "--next", "2026-05-10"]);
    // The individual's own goal, in her own words, through `sip edit` (the editor command is
    // split as a shell would: the sed expression is one quoted word).
    let out = sip_at(d, "2026-03-25")
        .env(
            "EDITOR",
            r"sed -i 's/^syfte:/individens_mål: Jag vill ha ett arbete.\nsyfte:/'",
        )
        .args(["edit", id])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let last = run(&["status", id, "pågående"]);
    assert!(last.contains("Planen är komplett"), "{last}");
    let check = run(&["check", "--strict"]);
    assert!(check.contains("1 plan kontrollerad: inga fel"), "{check}");
    let text = std::fs::read_to_string(d.join(format!("{id}.yaml"))).expect("plan");
    assert!(
        text.contains("status: pågående") && text.contains("  - id: I2\n"),
        "{text}"
    );
}

/// v2 keys: `sip fmt` puts every one in its SPEC §2 place, writes v1's single `företrädare`
/// mapping as a list of one (its comments kept), leaves a scalar `givet_av` a scalar, and a
/// second run changes nothing. `sip edit` saves them as written.
#[test]
fn fmt_places_the_v2_keys_and_writes_a_single_representative_as_a_list() {
    let messy = "\
id: sip-2026-testplan
överenskommelse: samsip-sodra-lappland
status: utkast
kopia_till:
  - part: region
    namn: Lisa Lind
individens_mål: Jag vill klara skolan.
individ:
  namn: Ali Berg
  företrädare:   # v1
    # mor
    kontakt: 070-123 45 67
    roll: vårdnadshavare
    namn: Sara Berg
egna_åtgärder:
  - beskrivning: Ali går till skolan varje dag
bakgrund: Ali har varit borta från skolan.
närstående:
  - får_delta: false
    relation: morbror
    namn: Per Berg
initiering:
  fast_vårdkontakt: Vårdcentralen Centrum
  part: kommun
  föreslagen_av: Sara Berg (mor)
  datum: 2026-02-02
samtycke:
  parter: [kommun, region]
  omfattning: Uppgifter om skolgång och hälsa
  givet_av: vårdnadshavare
  datum: 2026-02-03
möten:
  - frågeställningar: [Vad behövs i skolan?]
    syfte: Planera skolstödet
    tid: 2026-03-10T13:00
    typ: upprättande
    id: MÖ1
";
    let g = given(messy);
    g.running(&["fmt"]).produces(
        "\
id: sip-2026-testplan
överenskommelse: samsip-sodra-lappland
status: utkast
individ:
  namn: Ali Berg
  företrädare:   # v1
    - namn: Sara Berg
      roll: vårdnadshavare
      # mor
      kontakt: 070-123 45 67
närstående:
  - namn: Per Berg
    relation: morbror
    får_delta: false
initiering:
  datum: 2026-02-02
  part: kommun
  föreslagen_av: Sara Berg (mor)
  fast_vårdkontakt: Vårdcentralen Centrum
samtycke:
  datum: 2026-02-03
  givet_av: vårdnadshavare
  omfattning: Uppgifter om skolgång och hälsa
  parter: [kommun, region]
bakgrund: Ali har varit borta från skolan.
individens_mål: Jag vill klara skolan.
egna_åtgärder:
  - beskrivning: Ali går till skolan varje dag
kopia_till:
  - namn: Lisa Lind
    part: region
möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-03-10T13:00
    syfte: Planera skolstödet
    frågeställningar:
      - Vad behövs i skolan?
",
    );
    let once = g.text();
    g.running(&["fmt"]).produces(&once);
    // The formatted plan reads without a format finding.
    let r = g.running(&["check"]);
    assert!(!r.stdout().contains("[S0"), "{}", r.stdout());
    // A list of givers and a second representative survive `sip edit` and `sip fmt` as written.
    let two = once
        .replace(
            "      kontakt: 070-123 45 67\n",
            "      kontakt: 070-123 45 67\n    - namn: Johan Berg\n      roll: vårdnadshavare\n",
        )
        .replace(
            "givet_av: vårdnadshavare",
            "givet_av: [Sara Berg, Johan Berg]",
        );
    std::fs::write(&g.file, &two).expect("write");
    g.running(&["fmt"]).produces(&two);
    let out = sip(g.dir.path())
        .env("EDITOR", "sed -i s/skolan/skolan./")
        .args(["edit", ID])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(g.text(), two.replace("skolan", "skolan."));
}

/// An editor that cannot be started is reported in Swedish ("finns inte"), never as the
/// system's English "No such file or directory (os error 2)"; the plan is not changed.
#[test]
fn a_missing_editor_is_reported_in_swedish() {
    let g = given(BASE);
    let out = sip(g.dir.path())
        .env("EDITOR", "sip-test-no-such-editor")
        .args(["edit", ID])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("kunde inte starta redigeraren `sip-test-no-such-editor`: finns inte"),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");
    assert_eq!(g.text(), BASE);
}
