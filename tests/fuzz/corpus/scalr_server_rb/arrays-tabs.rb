app[:configuration] = {
	"scalr" => {
		"allowed_clouds" => ["ec2", ["azure", 1]],
		"ttl" => -1.5e3, # comment
		"on" => true, "off" => nil
	}
}
