app[:configuration] = {
  scalr: {
    aws: {
      instances_connection_policy: "public"
    }
  }
}
