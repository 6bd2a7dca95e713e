# Encrypted plans: sip keys new|list|add|remove, sip encrypt, sip decrypt and the reading of
# encrypted plan files (sops with age). $fil is the plan file's name in the plan folder.

## Keys and recipients

# A recipient (on the command line or in sip.toml) that cannot be read.
kryptering-ingen-mottagare = `{ $mottagare }` is not a recipient: give an age public key (age1…, as `sip keys new` prints) or an ssh-ed25519 public key
# The data key could not be encrypted to a recipient; $orsak is the system's reason.
kryptering-kan-inte-kryptera-nyckel = cannot encrypt the data key to { $mottagare }: { $orsak }
# A key file or environment variable that is set but cannot be read; $plats is where, $orsak why.
kryptering-nyckel-olasbar = { $plats }: cannot read the key ({ $orsak })
# Reasons a key cannot be read.
kryptering-ssh-losenfras = the ssh key is protected by a passphrase; sip reads unprotected ones only
kryptering-ssh-typ = the ssh key is of an unsupported type
kryptering-ingen-age-nyckel = a line is not an age key (AGE-SECRET-KEY-1…)
# What sip found at each place it looked for keys (shown in parentheses).
kryptering-plats-inte-satt = not set
kryptering-plats-home-saknas = HOME is not set
kryptering-plats-finns-inte = does not exist
kryptering-plats-nycklar = { $antal ->
    [one] { $antal } key
   *[other] { $antal } keys
}
# A place and what was found there, in the list of places: "SOPS_AGE_KEY (not set)".
kryptering-plats = { $plats } ({ $fynd })
# None of the keys opens a file; $mottagare are the file's recipients, $sokte the places looked in.
kryptering-nyckel-saknas-fil = key missing: no key opens { $fil } (encrypted to { $mottagare }). Looked in { $sokte }. Point SIP_AGE_KEY_FILE at your key file, or ask someone with a key to run `sip keys add <your recipient>` (create one with `sip keys new`)
# A command needs the plan's personal values but no key opens it; $plan_id is the plan's id.
kryptering-nyckel-saknas-plan = key missing: { $plan_id } is encrypted and none of your keys opens it (looked in { $sokte }). Create a key with `sip keys new` and ask a team member who has a key to run `sip keys add <your recipient>`, or point SIP_AGE_KEY_FILE at your key file

## The encryption (sops)

# The operating system gave no random bytes; $orsak is the system's reason.
kryptering-slumptal = cannot get random bytes from the operating system: { $orsak }
# Encrypting a value failed.
kryptering-aes-misslyckades = AES-GCM encryption failed
# The file's sops metadata is invalid; $orsak is one of the three messages below.
kryptering-ogiltig-sops = { $fil }: the sops metadata is invalid: { $orsak }
kryptering-sops-ingen-tabell = `sops` is not a mapping
kryptering-sops-age-post = an entry under `age` lacks `recipient` or `enc`
kryptering-sops-regex = `encrypted_regex` is not a valid regular expression
# The file is not valid YAML; $orsak is the parser's reason.
kryptering-ogiltig-yaml = { $fil }: not valid YAML ({ $orsak })
# A sops setting sip does not support; $nyckel is the setting's name.
kryptering-sops-installning = { $fil }: the sops setting `{ $nyckel }` is not supported by sip; decrypt the file with sops and encrypt it with `sip encrypt`
# The file is encrypted with something other than age.
kryptering-ingen-age = { $fil }: the file has no age recipient; sip opens only files encrypted with age
# YAML aliases in an encrypted plan.
kryptering-alias = { $fil }: aliases (`*name`) are not supported in an encrypted plan; write the value out
# A key in the plan that is not text.
kryptering-nyckel-ingen-text = { $fil }: a key is not text
# The file is damaged; $orsak is one of the messages below.
kryptering-skadad = { $fil }: { $orsak }; the file is damaged or was changed without the key. Restore it from git (`git checkout -- { $fil }`)
# A value that cannot be decrypted; $plats is the value's place in the plan (keys joined by colons).
kryptering-varde-inte-krypterat = the value at `{ $plats }` should be encrypted but is not
kryptering-varde-ogiltigt = the value at `{ $plats }` is not a valid sops value
kryptering-varde-fel-nyckel = the value at `{ $plats }` cannot be decrypted with the file's data key
# The file's checksum (MAC).
kryptering-mac-dekryptera = the MAC cannot be decrypted
kryptering-mac-stammer-inte = the MAC does not match the values
# There is nothing to encrypt.
kryptering-tom-fil = { $fil }: the file is empty; there is nothing to encrypt
kryptering-ingen-tabell = { $fil }: the plan is not a mapping
kryptering-redan-krypterad = { $fil }: the file is already encrypted (it has a `sops` key)
kryptering-inte-krypterad = { $fil }: the file is not encrypted

## The commands (sip keys, sip encrypt, sip decrypt)

# A file that sip keys new or sip decrypt -o would create exists already.
kryptering-finns-redan = { $sokvag } already exists; nothing was written
# sip keys new without -o when HOME is missing.
kryptering-home-saknas = HOME is not set; give the key file with -o FILE
# After sip keys new (to standard error); $sokvag is the key file, $mottagare the new recipient.
kryptering-nyckel-skapad = Wrote the key to { $sokvag } (readable by you only). The line above is your recipient: give it to whoever adds you (`sip keys add { $mottagare }`). Keep a copy of the key somewhere safe: without it the plans cannot be read.
# The plan folder has no recipients; $konfig is sip.toml.
kryptering-inga-mottagare = the plan folder has no recipients ({ $konfig }: [kryptering] mottagare); add one with `sip keys add <recipient>` (create a key with `sip keys new`)
# In sip keys list, after one's own recipient (two spaces first).
kryptering-din-nyckel = {"  "}(your key)
# A plan file that is not UTF-8.
kryptering-inte-utf8 = { $fil } is not UTF-8
# sip keys add with a recipient that is already there.
kryptering-mottagare-finns = The recipient is already there; nothing changed.
# After sip keys add; $antal is the number of encrypted plans opened to the recipient.
kryptering-mottagare-tillagd = Added the recipient to { $konfig }; { $antal ->
    [one] { $antal } encrypted plan
   *[other] { $antal } encrypted plans
} opened to it.
# sip keys remove with a recipient that is not there.
kryptering-ingen-sadan-mottagare = { $mottagare } is not a recipient in { $konfig }; `sip keys list` shows the recipients
# sip keys remove on the last recipient.
kryptering-enda-mottagaren = it is the plan folder's only recipient; add another first (`sip keys add <recipient>`), or no one could read the plans
# After sip keys remove; $antal is the number of plans that got a new data key.
kryptering-mottagare-borttagen = Removed the recipient from { $konfig }; { $antal ->
    [one] { $antal } encrypted plan
   *[other] { $antal } encrypted plans
} got a new data key. Older versions in the git history can still be opened by the removed key.
# sip could not write the recipients into sip.toml.
kryptering-kan-inte-skriva-mottagare = cannot write the recipients into { $konfig }; write them yourself under [kryptering] as mottagare = ["age1…"]
# sip encrypt --from - with too much on standard input.
kryptering-stdin-for-stor = standard input is larger than a plan may be
# sip encrypt --from with more or fewer than one plan.
kryptering-from-en-plan = --from applies to one plan: give exactly one
# After sip encrypt; $antal is the number of plans encrypted, $redan those already encrypted.
kryptering-krypterade = Encrypted { $antal ->
    [one] { $antal } plan
   *[other] { $antal } plans
}{ $redan ->
    [0] {""}
   *[other] {" "}({ $redan } already encrypted)
}.
# sip decrypt on a plan that is not encrypted.
kryptering-inte-krypterad-plan = { $fil } is not encrypted; it can be read as it is
# sip edit on an encrypted plan: one's version could not be encrypted again (the reason in another message).
kryptering-din-version-inte-utf8 = your version is not UTF-8
kryptering-planen-inte-utf8 = the plan is not UTF-8
kryptering-planen-inte-krypterad = the plan is not encrypted
