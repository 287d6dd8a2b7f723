app[:configuration] = ENV.fetch('X')
