routing[:endpoint_host] = 'scalr.example.com'
app[:configuration] = {
  "mysql" => { "pool" => 5 } # pool
}
