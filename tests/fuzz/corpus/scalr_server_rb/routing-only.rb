routing[:endpoint_host] = "scalr.example.com"
mysql[:root_password] = "x"
