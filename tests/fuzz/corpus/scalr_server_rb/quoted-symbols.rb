app[:'configuration'] = { :"scalr" => { :"azure" => { 'instances_connection_policy': 'public' } } }
