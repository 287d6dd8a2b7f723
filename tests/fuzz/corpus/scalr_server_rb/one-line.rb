app[:configuration] = { "other" => 1, 'x' => :sym }
