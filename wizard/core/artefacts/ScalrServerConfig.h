#pragma once
// The instance connection policy in /etc/scalr-server/scalr-server.rb (seeds 000, 001): the entry
// to add, and its merge into an existing file that keeps every other byte.
#include "Profile.h"

#include <QString>

namespace cc {

struct PolicyEntry {
    QString text;        // empty for auto (Scalr's default: nothing to add)
    QString explanation; // why, and what to run afterwards
};

inline constexpr auto kScalrReconfigure = "sudo scalr-server-ctl reconfigure";

PolicyEntry scalrServerPolicyEntry(const Profile &p);

struct ConfigMerge {
    enum class Outcome { Changed, Unchanged, Failed };
    Outcome outcome = Outcome::Failed;
    QString text;    // the merged file (Changed), or the original
    QString message; // what was done, or why nothing could be
    int line = 0;    // Failed: where the file could not be understood
    int column = 0;
    QString manualSnippet; // Failed: the entry to merge by hand
};

// Adds or replaces only app[:configuration]["scalr"][<cloud>]["instances_connection_policy"]. Keys
// are compared by name, a symbol and a string being one key (app['configuration'], app[:"configuration"],
// scalr:, 'aws' => …). Refused (Failed, with line and column and the entry to merge by hand) when the
// file is not the literal subset RubyConfigParser reads, or when any statement other than a single
// app[:configuration] = { … } touches it: a nested key (app[:configuration][:scalr] = …), a second
// assignment, app = …, code such as app['configuration'].merge!(…). With no statement touching it, a
// new app[:configuration] block is appended.
ConfigMerge mergeConnectionPolicy(const QString &fileText, CloudKind cloud, ConnectionPolicy policy);

// routing[:endpoint_host] from the same file (the address of the Scalr web UI), or "".
QString routingEndpointHost(const QString &fileText);

} // namespace cc
