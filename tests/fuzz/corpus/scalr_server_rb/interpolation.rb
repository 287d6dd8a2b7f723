app[:configuration] = {
  "scalr" => { "host" => "#{node['fqdn']}" }
}
