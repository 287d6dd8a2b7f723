app[:configuration] = { "s\x63alr" => { "a\tb" => 'it\'s', "n" => 1_000 }; }
proxy[:enable] = false
