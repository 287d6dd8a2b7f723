<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerSummary</name>
    <message>
        <source>not entered</source>
        <translation>nicht eingegeben</translation>
    </message>
    <message>
        <source>entered (hidden, %1 characters)</source>
        <translation>eingegeben (verborgen, %1 Zeichen)</translation>
    </message>
    <message>
        <source>Scalr (all accounts)</source>
        <translation>Scalr (alle Konten)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>same network as the Scalr server</source>
        <translation>dasselbe Netzwerk wie der Scalr-Server</translation>
    </message>
    <message>
        <source>routing / peering</source>
        <translation>Routing / Peering</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>none — local cannot work</source>
        <translation>keine — „local“ kann nicht funktionieren</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>API secret key</source>
        <translation>Geheimer API-Schlüssel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Environments to link</source>
        <translation>Zu verknüpfende Umgebungen</translation>
    </message>
    <message>
        <source>Credentials name</source>
        <translation>Name der Zugangsdaten</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>Role ARN</source>
        <translation>Rollen-ARN</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Detailed billing</source>
        <translation>Detaillierte Abrechnung</translation>
    </message>
    <message>
        <source>on — bucket %1 in %2</source>
        <translation>ein — Bucket %1 in %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>Sign-on URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>App ID URI</source>
        <translation>Anwendungs-ID-URI</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Mandantendomäne</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Subscription id</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Secret expires</source>
        <translation>Geheimnis läuft ab</translation>
    </message>
    <message>
        <source>on — tags: %1</source>
        <translation>ein — Tags: %1</translation>
    </message>
    <message>
        <source>Instance connection policy</source>
        <translation>Verbindungsrichtlinie für Instanzen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Overrides (where requests go, whom TLS trusts)</source>
        <translation>Überschreibungen (wohin Anfragen gehen, wem TLS vertraut)</translation>
    </message>
    <message>
        <source>AWS STS endpoint</source>
        <translation>AWS-STS-Endpunkt</translation>
    </message>
    <message>
        <source>AWS IAM endpoint</source>
        <translation>AWS-IAM-Endpunkt</translation>
    </message>
    <message>
        <source>AWS EC2 endpoint</source>
        <translation>AWS-EC2-Endpunkt</translation>
    </message>
    <message>
        <source>AWS S3 endpoint</source>
        <translation>AWS-S3-Endpunkt</translation>
    </message>
    <message>
        <source>Entra ID authority</source>
        <translation>Entra-ID-Autorität</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Extra trusted CAs (tls.caBundle)</source>
        <translation>Zusätzlich vertraute CAs (tls.caBundle)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>the standard endpoints of the partition / cloud, the system&apos;s CAs</source>
        <translation>die Standardendpunkte der Partition / Cloud, die CAs des Systems</translation>
    </message>
</context>
<context>
    <name>Artefacts</name>
    <message>
        <source>Minimum IAM policy for Scalr</source>
        <translation>Minimale IAM-Richtlinie für Scalr</translation>
    </message>
    <message>
        <source>Attach this policy to the IAM user Scalr uses: it can read users, instance profiles and server certificates, pass roles, and do everything outside IAM.</source>
        <translation>Hängen Sie diese Richtlinie an den IAM-Benutzer an, den Scalr verwendet: Er darf Benutzer, Instanzprofile und Serverzertifikate lesen, Rollen weitergeben und alles außerhalb von IAM tun.</translation>
    </message>
    <message>
        <source>AWS CLI commands</source>
        <translation>AWS-CLI-Befehle</translation>
    </message>
    <message>
        <source>The same as the console steps: create the user, attach the policy, create its access key.</source>
        <translation>Dasselbe wie die Schritte in der Konsole: den Benutzer erstellen, die Richtlinie anhängen, seinen Zugriffsschlüssel erstellen.</translation>
    </message>
    <message>
        <source>Only Spot&apos;s AWS account (%1), presenting your external id, can assume the role.</source>
        <translation>Nur das AWS-Konto von Spot (%1) kann die Rolle übernehmen, und nur mit Ihrer externen ID.</translation>
    </message>
    <message>
        <source> Spot&apos;s account is in the commercial partition; confirm with Spot that it serves %1 before relying on this role.</source>
        <translation> Das Konto von Spot liegt in der kommerziellen Partition; klären Sie mit Spot, ob es %1 bedient, bevor Sie sich auf diese Rolle verlassen.</translation>
    </message>
    <message>
        <source>Role trust policy</source>
        <translation>Vertrauensrichtlinie der Rolle</translation>
    </message>
    <message>
        <source>Role permission policy</source>
        <translation>Berechtigungsrichtlinie der Rolle</translation>
    </message>
    <message>
        <source>What Spot may do with the role: run and replace instances, register them with load balancers, read sizing metrics, and pass instance profiles.</source>
        <translation>Was Spot mit der Rolle darf: Instanzen starten und ersetzen, sie bei Load Balancern registrieren, Metriken zur Dimensionierung lesen und Instanzprofile weitergeben.</translation>
    </message>
    <message>
        <source>CloudFormation template</source>
        <translation>CloudFormation-Vorlage</translation>
    </message>
    <message>
        <source>Creates the role with both policies and outputs its ARN.</source>
        <translation>Erstellt die Rolle mit beiden Richtlinien und gibt ihren ARN aus.</translation>
    </message>
    <message>
        <source>Deploy commands</source>
        <translation>Befehle zur Bereitstellung</translation>
    </message>
    <message>
        <source>Deploys the template and prints the role&apos;s ARN.</source>
        <translation>Stellt die Vorlage bereit und gibt den ARN der Rolle aus.</translation>
    </message>
    <message>
        <source>Azure CLI commands</source>
        <translation>Azure-CLI-Befehle</translation>
    </message>
    <message>
        <source>The portal steps as commands: app registration, client secret without + or /, API permissions, admin consent, Contributor role.</source>
        <translation>Die Schritte im Portal als Befehle: App-Registrierung, Clientgeheimnis ohne + oder /, API-Berechtigungen, Administratorzustimmung, Rolle „Mitwirkender“.</translation>
    </message>
    <message>
        <source>The portal steps as commands: app registration, client secret, Contributor role.</source>
        <translation>Die Schritte im Portal als Befehle: App-Registrierung, Clientgeheimnis, Rolle „Mitwirkender“.</translation>
    </message>
    <message>
        <source>scalr-server.rb entry</source>
        <translation>Eintrag für scalr-server.rb</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a scalr-server.rb</source>
        <translation>%1 ist größer als 1 MiB; das ist keine scalr-server.rb</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 changed since it was read; nothing was written. Merge again.</source>
        <translation>%1 hat sich seit dem Lesen geändert; es wurde nichts geschrieben. Führen Sie erneut zusammen.</translation>
    </message>
    <message>
        <source>cannot create the backup %1; nothing was written</source>
        <translation>die Sicherung %1 lässt sich nicht anlegen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the original is unchanged)</source>
        <translation>%1 lässt sich nicht schreiben: %2 (das Original ist unverändert)</translation>
    </message>
    <message>
        <source>expected a setting such as app[:configuration] = …</source>
        <translation>erwartet wurde eine Einstellung wie app[:configuration] = …</translation>
    </message>
    <message>
        <source>only a symbol, string or number can index a setting</source>
        <translation>nur ein Symbol, eine Zeichenkette oder eine Zahl kann eine Einstellung indizieren</translation>
    </message>
    <message>
        <source>expected ]</source>
        <translation>] erwartet</translation>
    </message>
    <message>
        <source>only assignments (name[:key] = value) can be merged safely; this looks like code</source>
        <translation>nur Zuweisungen (name[:key] = wert) lassen sich sicher zusammenführen; dies sieht nach Code aus</translation>
    </message>
    <message>
        <source>the value must start on the same line as =</source>
        <translation>der Wert muss in derselben Zeile wie = beginnen</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>unerwarteter Text nach dem Wert</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>“%1” is code, not a literal; only literal values can be merged safely</source>
        <translation>„%1“ ist Code, kein Literal; nur literale Werte lassen sich sicher zusammenführen</translation>
    </message>
    <message>
        <source>heredocs are not supported</source>
        <translation>Heredocs werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>die Datei endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected “%1”</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation>eine Zeichenkette wird nie geschlossen</translation>
    </message>
    <message>
        <source>string interpolation (#{…}) is code; merge by hand</source>
        <translation>String-Interpolation (#{…}) ist Code; führen Sie von Hand zusammen</translation>
    </message>
    <message>
        <source>a { is never closed</source>
        <translation>eine { wird nie geschlossen</translation>
    </message>
    <message>
        <source>a hash or array as a key is not supported</source>
        <translation>ein Hash oder Array als Schlüssel wird nicht unterstützt</translation>
    </message>
    <message>
        <source>expected , or } in a hash</source>
        <translation>, oder } in einem Hash erwartet</translation>
    </message>
    <message>
        <source>expected =&gt; after a hash key</source>
        <translation>=&gt; nach einem Hash-Schlüssel erwartet</translation>
    </message>
    <message>
        <source>a [ is never closed</source>
        <translation>eine [ wird nie geschlossen</translation>
    </message>
    <message>
        <source>expected , or ] in an array</source>
        <translation>, oder ] in einem Array erwartet</translation>
    </message>
    <message>
        <source>Auto is Scalr&apos;s default: nothing needs to change in scalr-server.rb.</source>
        <translation>Auto ist die Voreinstellung von Scalr: In scalr-server.rb muss sich nichts ändern.</translation>
    </message>
    <message>
        <source>Add this to /etc/scalr-server/scalr-server.rb on the Scalr server, merged with any entries already inside app[:configuration] = { … } (Merge… does that for you), then run %1.</source>
        <translation>Fügen Sie dies auf dem Scalr-Server in /etc/scalr-server/scalr-server.rb ein, zusammengeführt mit den Einträgen, die schon in app[:configuration] = { … } stehen (das übernimmt „In eine scalr-server.rb zusammenführen…“ für Sie), und führen Sie dann %1 aus.</translation>
    </message>
    <message>
        <source>Auto is Scalr&apos;s default; the file is left as it is.</source>
        <translation>Auto ist die Voreinstellung von Scalr; die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; that is not a scalr-server.rb</source>
        <translation>die Datei ist größer als 1 MiB; das ist keine scalr-server.rb</translation>
    </message>
    <message>
        <source> (in a statement that changes app[:configuration]; merge by hand)</source>
        <translation> (in einer Anweisung, die app[:configuration] ändert; führen Sie von Hand zusammen)</translation>
    </message>
    <message>
        <source> (in a statement that may change app[:configuration]; merge by hand)</source>
        <translation> (in einer Anweisung, die app[:configuration] ändern könnte; führen Sie von Hand zusammen)</translation>
    </message>
    <message>
        <source>%1 = … sets part of app[:configuration] outside its { … } block; merge by hand (and move it into that block)</source>
        <translation>%1 = … setzt einen Teil von app[:configuration] außerhalb ihres { … }-Blocks; führen Sie von Hand zusammen (und verschieben Sie es in diesen Block)</translation>
    </message>
    <message>
        <source>app = … replaces every app setting, app[:configuration] included; merge by hand</source>
        <translation>app = … ersetzt jede app-Einstellung, app[:configuration] eingeschlossen; führen Sie von Hand zusammen</translation>
    </message>
    <message>
        <source>%1 = … may be app[:configuration] (its key has an escape that is not decoded here); merge by hand</source>
        <translation>%1 = … könnte app[:configuration] sein (sein Schlüssel enthält ein Escape, das hier nicht dekodiert wird); führen Sie von Hand zusammen</translation>
    </message>
    <message>
        <source>app[:configuration] is assigned twice (again here as %1); the later one wins, merge by hand</source>
        <translation>app[:configuration] wird zweimal zugewiesen (hier erneut als %1); die spätere Zuweisung gewinnt, führen Sie von Hand zusammen</translation>
    </message>
    <message>
        <source>Added an app[:configuration] block with the policy.</source>
        <translation>Einen app[:configuration]-Block mit der Richtlinie hinzugefügt.</translation>
    </message>
    <message>
        <source>expected a hash here (the value of app[:configuration])</source>
        <translation>hier wurde ein Hash erwartet (der Wert von app[:configuration])</translation>
    </message>
    <message>
        <source>expected a hash here (for &quot;%1&quot;)</source>
        <translation>hier wurde ein Hash erwartet (für &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the same hash; merge by hand</source>
        <translation>&quot;%1&quot; kommt im selben Hash zweimal vor; führen Sie von Hand zusammen</translation>
    </message>
    <message>
        <source>cannot tell whether %1 is &quot;%2&quot; (an escape that is not decoded here); merge by hand</source>
        <translation>es lässt sich nicht feststellen, ob %1 &quot;%2&quot; ist (ein Escape, das hier nicht dekodiert wird); führen Sie von Hand zusammen</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; under app[:configuration].</source>
        <translation>&quot;%1&quot; unter app[:configuration] hinzugefügt.</translation>
    </message>
    <message>
        <source>The file already sets %1 to &quot;%2&quot;.</source>
        <translation>Die Datei setzt %1 bereits auf &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Changed %1 from %2 to &quot;%3&quot;.</source>
        <translation>%1 von %2 auf &quot;%3&quot; geändert.</translation>
    </message>
    <message>
        <source>(the files differ too much to show a diff)
</source>
        <translation>(die Dateien unterscheiden sich zu stark, um einen Diff anzuzeigen)
</translation>
    </message>
</context>
<context>
    <name>AwsChecks</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Abgebrochen, bevor die Prüfung fertig war.</translation>
    </message>
    <message>
        <source>No access key id was entered.</source>
        <translation>Es wurde keine Zugriffsschlüssel-ID eingegeben.</translation>
    </message>
    <message>
        <source>No secret access key was entered.</source>
        <translation>Es wurde kein geheimer Zugriffsschlüssel eingegeben.</translation>
    </message>
    <message>
        <source>Enter the access key id and its secret access key on the Credentials page.</source>
        <translation>Geben Sie auf der Seite „Zugangsdaten“ die Zugriffsschlüssel-ID und den zugehörigen geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>STS answered without an identity (no GetCallerIdentityResult).</source>
        <translation>STS hat ohne Identität geantwortet (kein GetCallerIdentityResult).</translation>
    </message>
    <message>
        <source>Check that endpoints.sts points at AWS STS.</source>
        <translation>Prüfen Sie, ob endpoints.sts auf AWS STS zeigt.</translation>
    </message>
    <message>
        <source>Not run, because AWS did not accept the key (see aws.identity).</source>
        <translation>Nicht ausgeführt, weil AWS den Schlüssel nicht akzeptiert hat (siehe aws.identity).</translation>
    </message>
    <message>
        <source>Not run, because AWS did not accept the key: %1</source>
        <translation>Nicht ausgeführt, weil AWS den Schlüssel nicht akzeptiert hat: %1</translation>
    </message>
    <message>
        <source>AWS accepts the key: account %1, %2.</source>
        <translation>AWS akzeptiert den Schlüssel: Konto %1, %2.</translation>
    </message>
    <message>
        <source>The key belongs to account %1, but the Spot role %2 is in account %3.</source>
        <translation>Der Schlüssel gehört zum Konto %1, die Spot-Rolle %2 liegt aber im Konto %3.</translation>
    </message>
    <message>
        <source>Use a key of the account that holds the role, or correct the role ARN.</source>
        <translation>Verwenden Sie einen Schlüssel des Kontos, in dem die Rolle liegt, oder korrigieren Sie den ARN der Rolle.</translation>
    </message>
    <message>
        <source>Waits until AWS has accepted the key (aws.identity).</source>
        <translation>Wartet, bis AWS den Schlüssel akzeptiert hat (aws.identity).</translation>
    </message>
    <message>
        <source>The access key may not call iam:SimulatePrincipalPolicy, so its permissions could not be checked from here.</source>
        <translation>Der Zugriffsschlüssel darf iam:SimulatePrincipalPolicy nicht aufrufen, daher ließen sich seine Berechtigungen von hier aus nicht prüfen.</translation>
    </message>
    <message>
        <source>The identity may not call iam:SimulatePrincipalPolicy, so its permissions could not be checked from here.</source>
        <translation>Die Identität darf iam:SimulatePrincipalPolicy nicht aufrufen, daher ließen sich ihre Berechtigungen von hier aus nicht prüfen.</translation>
    </message>
    <message>
        <source>Check in the IAM console that the policy is attached to %1, or allow iam:SimulatePrincipalPolicy for this check.</source>
        <translation>Prüfen Sie in der IAM-Konsole, ob die Richtlinie an %1 angehängt ist, oder erlauben Sie iam:SimulatePrincipalPolicy für diese Prüfung.</translation>
    </message>
    <message>
        <source>IAM does not know %1.</source>
        <translation>IAM kennt %1 nicht.</translation>
    </message>
    <message>
        <source>Create the role with the generated template, then enter its ARN on the Identity page.</source>
        <translation>Erstellen Sie die Rolle mit der erzeugten Vorlage und geben Sie dann ihren ARN auf der Seite „Identität“ ein.</translation>
    </message>
    <message>
        <source>Check that the user still exists in IAM.</source>
        <translation>Prüfen Sie, ob der Benutzer in IAM noch existiert.</translation>
    </message>
    <message>
        <source>IAM answered without evaluation results.</source>
        <translation>IAM hat ohne Auswertungsergebnisse geantwortet.</translation>
    </message>
    <message>
        <source>Check that endpoints.iam points at AWS IAM.</source>
        <translation>Prüfen Sie, ob endpoints.iam auf AWS IAM zeigt.</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>%1 may perform all %2 actions the platform needs.</source>
        <translation>%1 darf alle %2 Aktionen ausführen, die die Plattform benötigt.</translation>
    </message>
    <message>
        <source>%1 may not perform: %2.</source>
        <translation>%1 darf Folgendes nicht ausführen: %2.</translation>
    </message>
    <message>
        <source>Attach the generated Spot role policy (spot-role-policy.json) to the role, or deploy the generated CloudFormation template again.</source>
        <translation>Hängen Sie die erzeugte Richtlinie für die Spot-Rolle (spot-role-policy.json) an die Rolle an oder stellen Sie die erzeugte CloudFormation-Vorlage erneut bereit.</translation>
    </message>
    <message>
        <source>Attach Scalr&apos;s minimum policy (scalr-minimum-policy.json) to the user; an explicit Deny in another policy or a permissions boundary also blocks these.</source>
        <translation>Hängen Sie die Mindestrichtlinie von Scalr (scalr-minimum-policy.json) an den Benutzer an; auch ein ausdrückliches Deny in einer anderen Richtlinie oder eine Berechtigungsgrenze (Permissions Boundary) blockiert diese Aktionen.</translation>
    </message>
    <message>
        <source>There is no VPC %1 in %2.</source>
        <translation>In %2 gibt es keine VPC %1.</translation>
    </message>
    <message>
        <source>Check the VPC id and the region on the Network page: VPC ids belong to one region and one account.</source>
        <translation>Prüfen Sie VPC-ID und Region auf der Seite „Netzwerk“: Eine VPC-ID gehört zu genau einer Region und einem Konto.</translation>
    </message>
    <message>
        <source>Check the VPC id and the region on the Network page.</source>
        <translation>Prüfen Sie VPC-ID und Region auf der Seite „Netzwerk“.</translation>
    </message>
    <message>
        <source>VPC %1 exists in %2 (%3%4).</source>
        <translation>Die VPC %1 existiert in %2 (%3%4).</translation>
    </message>
    <message>
        <source>, the region&apos;s default VPC</source>
        <translation>, die Standard-VPC der Region</translation>
    </message>
    <message>
        <source>VPC %1 exists in %2 but is %3, not available yet.</source>
        <translation>Die VPC %1 existiert in %2, ist aber im Zustand %3 und noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Wait until the VPC is available, then run the checks again.</source>
        <translation>Warten Sie, bis die VPC verfügbar ist, und starten Sie die Prüfungen dann erneut.</translation>
    </message>
    <message>
        <source>The bucket %1 exists and this key may list it.</source>
        <translation>Der Bucket %1 existiert und dieser Schlüssel darf seinen Inhalt auflisten.</translation>
    </message>
    <message>
        <source>The bucket %1 is in %2, not in %3.</source>
        <translation>Der Bucket %1 liegt in %2, nicht in %3.</translation>
    </message>
    <message>
        <source>Set the billing bucket&apos;s region to %1 on the Billing page.</source>
        <translation>Stellen Sie auf der Seite „Abrechnung“ die Region des Abrechnungs-Buckets auf %1.</translation>
    </message>
    <message>
        <source>There is no bucket named %1.</source>
        <translation>Es gibt keinen Bucket namens %1.</translation>
    </message>
    <message>
        <source>Check the bucket name on the Billing page, or create the bucket and turn on the detailed billing reports that write to it.</source>
        <translation>Prüfen Sie den Bucket-Namen auf der Seite „Abrechnung“ oder erstellen Sie den Bucket und aktivieren Sie die detaillierten Abrechnungsberichte, die hineinschreiben.</translation>
    </message>
    <message>
        <source>The bucket %1 exists, but this key may not list it (AccessDenied).</source>
        <translation>Der Bucket %1 existiert, aber dieser Schlüssel darf seinen Inhalt nicht auflisten (AccessDenied).</translation>
    </message>
    <message>
        <source>Allow s3:ListBucket and s3:GetObject on the bucket for this user, or check the bucket policy.</source>
        <translation>Erlauben Sie diesem Benutzer s3:ListBucket und s3:GetObject für den Bucket oder prüfen Sie die Bucket-Richtlinie.</translation>
    </message>
    <message>
        <source>the time check</source>
        <translation>die Zeitprüfung</translation>
    </message>
    <message>
        <source>%1 sent no readable Date header, so the clock could not be compared.</source>
        <translation>%1 hat keinen lesbaren Date-Header gesendet, daher ließ sich die Uhr nicht vergleichen.</translation>
    </message>
    <message>
        <source>Make sure this computer synchronises its clock (NTP).</source>
        <translation>Sorgen Sie dafür, dass dieser Computer seine Uhr synchronisiert (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of AWS&apos;s. Signed requests fail once the difference passes 15 minutes.</source>
        <translation>Die Uhr dieses Computers geht gegenüber AWS %1 vor. Signierte Anfragen scheitern, sobald der Unterschied 15 Minuten übersteigt.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind AWS&apos;s. Signed requests fail once the difference passes 15 minutes.</source>
        <translation>Die Uhr dieses Computers geht gegenüber AWS %1 nach. Signierte Anfragen scheitern, sobald der Unterschied 15 Minuten übersteigt.</translation>
    </message>
    <message>
        <source>Set the clock right (for example turn on NTP: timedatectl set-ntp true).</source>
        <translation>Stellen Sie die Uhr richtig (zum Beispiel NTP einschalten: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is within %1 of AWS&apos;s.</source>
        <translation>Die Uhr dieses Computers weicht höchstens %1 von der von AWS ab.</translation>
    </message>
    <message>
        <source> (AWS request id %1)</source>
        <translation> (AWS-Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>AWS GovCloud (US)</source>
        <translation>AWS GovCloud (US)</translation>
    </message>
    <message>
        <source>AWS China</source>
        <translation>AWS China</translation>
    </message>
    <message>
        <source>AWS commercial</source>
        <translation>kommerzielles AWS</translation>
    </message>
    <message>
        <source> AWS says: “%1”</source>
        <translation> AWS meldet: „%1“</translation>
    </message>
    <message>
        <source>AWS does not know the access key id %1 in the %2 partition.</source>
        <translation>AWS kennt die Zugriffsschlüssel-ID %1 in der Partition „%2“ nicht.</translation>
    </message>
    <message>
        <source>Check the access key id. A key of GovCloud or China works only there: choose that partition on the Cloud page. A key deleted or made inactive in IAM also ends here.</source>
        <translation>Prüfen Sie die Zugriffsschlüssel-ID. Ein Schlüssel aus GovCloud oder China funktioniert nur dort: Wählen Sie diese Partition auf der Seite „Cloud“. Auch ein in IAM gelöschter oder deaktivierter Schlüssel führt hierher.</translation>
    </message>
    <message>
        <source> Keys starting with ASIA are temporary and need a session token; create a long-term access key (AKIA…) for the platform instead.</source>
        <translation> Schlüssel, die mit ASIA beginnen, sind temporär und brauchen ein Sitzungstoken; erstellen Sie stattdessen einen dauerhaften Zugriffsschlüssel (AKIA…) für die Plattform.</translation>
    </message>
    <message>
        <source>AWS rejected the signature: the secret access key does not belong to the access key id %1.</source>
        <translation>AWS hat die Signatur abgelehnt: Der geheime Zugriffsschlüssel gehört nicht zur Zugriffsschlüssel-ID %1.</translation>
    </message>
    <message>
        <source>Paste the secret access key again, exactly 40 characters, without spaces or line breaks around it (copying from a table or an e-mail often adds them).</source>
        <translation>Fügen Sie den geheimen Zugriffsschlüssel erneut ein, genau 40 Zeichen, ohne Leerzeichen oder Zeilenumbrüche davor oder danach (beim Kopieren aus einer Tabelle oder E-Mail kommen sie oft hinzu).</translation>
    </message>
    <message>
        <source>AWS refused the request as expired: this computer&apos;s clock differs from AWS&apos;s by more than 15 minutes.</source>
        <translation>AWS hat die Anfrage als abgelaufen abgelehnt: Die Uhr dieses Computers weicht um mehr als 15 Minuten von der von AWS ab.</translation>
    </message>
    <message>
        <source>Set the clock right (for example turn on NTP: timedatectl set-ntp true) and run the checks again.</source>
        <translation>Stellen Sie die Uhr richtig (zum Beispiel NTP einschalten: timedatectl set-ntp true) und starten Sie die Prüfungen erneut.</translation>
    </message>
    <message>
        <source>The session token of these credentials has expired.</source>
        <translation>Das Sitzungstoken dieser Zugangsdaten ist abgelaufen.</translation>
    </message>
    <message>
        <source>Use a long-term access key (AKIA…) for the platform.</source>
        <translation>Verwenden Sie einen dauerhaften Zugriffsschlüssel (AKIA…) für die Plattform.</translation>
    </message>
    <message>
        <source>AWS could not read the request&apos;s signature.%1</source>
        <translation>AWS konnte die Signatur der Anfrage nicht lesen.%1</translation>
    </message>
    <message>
        <source>Check that endpoints.* points at AWS itself and not at a proxy that rewrites requests; if it does, report this with the request id.</source>
        <translation>Prüfen Sie, ob endpoints.* auf AWS selbst zeigt und nicht auf einen Proxy, der Anfragen umschreibt; falls doch, melden Sie dies mit der Anfrage-ID.</translation>
    </message>
    <message>
        <source>The identity may not call %1.%2</source>
        <translation>Die Identität darf %1 nicht aufrufen.%2</translation>
    </message>
    <message>
        <source>Attach the policy the platform needs (see the generated policy on the Identity page) to this user, then run the checks again.</source>
        <translation>Hängen Sie die Richtlinie, die die Plattform benötigt (siehe die erzeugte Richtlinie auf der Seite „Identität“), an diesen Benutzer an und starten Sie die Prüfungen dann erneut.</translation>
    </message>
    <message>
        <source>AWS throttled %1 (HTTP %2). %3</source>
        <translation>AWS hat %1 gedrosselt (HTTP %2). %3</translation>
    </message>
    <message>
        <source>Wait a minute and run the checks again.</source>
        <translation>Warten Sie eine Minute und starten Sie die Prüfungen erneut.</translation>
    </message>
    <message>
        <source>AWS answered %1 with HTTP %2 %3. %4</source>
        <translation>AWS hat auf %1 mit HTTP %2 %3 geantwortet. %4</translation>
    </message>
    <message>
        <source>This is on AWS&apos;s side or a proxy&apos;s; try again in a few minutes and check the AWS Health Dashboard.</source>
        <translation>Das Problem liegt bei AWS oder einem Proxy; versuchen Sie es in ein paar Minuten erneut und sehen Sie im AWS Health Dashboard nach.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2)%3. Redirects are not followed, so that no signed request is sent anywhere else.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet (HTTP %2)%3. Weiterleitungen wird nicht gefolgt, damit keine signierte Anfrage an eine andere Adresse geht.</translation>
    </message>
    <message>
        <source>Set the endpoint (endpoints.* in the profile) to the address the service itself uses for this region.</source>
        <translation>Setzen Sie den Endpunkt (endpoints.* im Profil) auf die Adresse, die der Dienst selbst für diese Region verwendet.</translation>
    </message>
    <message>
        <source>AWS refused %1 with %2.%3</source>
        <translation>AWS hat %1 mit %2 abgelehnt.%3</translation>
    </message>
    <message>
        <source>Look the error code up in AWS&apos;s documentation for %1.</source>
        <translation>Schlagen Sie den Fehlercode in der AWS-Dokumentation zu %1 nach.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 and no AWS error in the body.</source>
        <translation>%1 hat auf %2 mit HTTP %3 und ohne AWS-Fehler im Body geantwortet.</translation>
    </message>
    <message>
        <source>Check that the endpoint address points at AWS (endpoints.* in the profile).</source>
        <translation>Prüfen Sie, ob die Endpunktadresse auf AWS zeigt (endpoints.* im Profil).</translation>
    </message>
    <message>
        <source>%1 cannot be proven without side effects</source>
        <translation>%1 lässt sich nicht ohne Nebenwirkungen nachweisen</translation>
    </message>
    <message>
        <source>%1 may perform %2 of the actions the platform needs; AWS did not say for %3, and %4.</source>
        <translation>%1 darf %2 der Aktionen ausführen, die die Plattform benötigt; zu %3 hat AWS keine Auskunft gegeben, und %4.</translation>
    </message>
    <message>
        <source>Check in the IAM console that Scalr&apos;s minimum policy (scalr-minimum-policy.json) is attached to the user.</source>
        <translation>Prüfen Sie in der IAM-Konsole, ob die Mindestrichtlinie von Scalr (scalr-minimum-policy.json) an den Benutzer angehängt ist.</translation>
    </message>
    <message>
        <source>%1 may perform the %2 actions the platform needs that can be tried without changing anything (IAM reads, EC2 DryRun; iam:SimulatePrincipalPolicy is not allowed for it); %3.</source>
        <translation>%1 darf die %2 benötigten Aktionen der Plattform ausführen, die sich ohne Änderungen ausprobieren lassen (IAM-Lesezugriffe, EC2 DryRun; iam:SimulatePrincipalPolicy ist ihr nicht erlaubt); %3.</translation>
    </message>
</context>
<context>
    <name>AzureChecks</name>
    <message>
        <source>Contributor</source>
        <comment>Azure built-in role</comment>
        <translation>Mitwirkender</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>Azure built-in role</comment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Reader</source>
        <comment>Azure built-in role</comment>
        <translation>Leser</translation>
    </message>
    <message>
        <source>User Access Administrator</source>
        <comment>Azure built-in role</comment>
        <translation>Benutzerzugriffsadministrator</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>%1 A grant can take up to 15 minutes to reach Azure: trying again in %2 s (attempt %3; keeps trying until %4 UTC).</source>
        <translation>%1 Eine Berechtigung kann bis zu 15 Minuten brauchen, bis sie bei Azure ankommt: neuer Versuch in %2 s (Versuch %3; weitere Versuche bis %4 UTC).</translation>
    </message>
    <message>
        <source>Microsoft Cloud Deutschland (AzureGermanCloud) was closed on 2021-10-29.</source>
        <translation>Microsoft Cloud Deutschland (AzureGermanCloud) wurde am 29.10.2021 geschlossen.</translation>
    </message>
    <message>
        <source>Choose AzureCloud, AzureUSGovernment or AzureChinaCloud on the Cloud page.</source>
        <translation>Wählen Sie auf der Seite „Cloud“ AzureCloud, AzureUSGovernment oder AzureChinaCloud.</translation>
    </message>
    <message>
        <source>No client secret was entered.</source>
        <translation>Es wurde kein Clientgeheimnis eingegeben.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value on the Credentials page.</source>
        <translation>Geben Sie den Wert des Clientgeheimnisses auf der Seite „Zugangsdaten“ ein.</translation>
    </message>
    <message>
        <source>Waits for a token from Entra ID (azure.token).</source>
        <translation>Wartet auf ein Token von Entra ID (azure.token).</translation>
    </message>
    <message>
        <source>Entra ID answered without an access token.</source>
        <translation>Entra ID hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Check endpoints.azureAuthority.</source>
        <translation>Prüfen Sie endpoints.azureAuthority.</translation>
    </message>
    <message>
        <source>Not run, because Entra ID issued no token (see azure.token).</source>
        <translation>Nicht ausgeführt, weil Entra ID kein Token ausgestellt hat (siehe azure.token).</translation>
    </message>
    <message>
        <source>Not run, because Entra ID issued no token: %1</source>
        <translation>Nicht ausgeführt, weil Entra ID kein Token ausgestellt hat: %1</translation>
    </message>
    <message>
        <source>Entra ID issued a token for application %1 in tenant %2.</source>
        <translation>Entra ID hat ein Token für die Anwendung %1 im Mandanten %2 ausgestellt.</translation>
    </message>
    <message>
        <source>The token is for tenant %1, not %2.</source>
        <translation>Das Token gilt für den Mandanten %1, nicht für %2.</translation>
    </message>
    <message>
        <source>Check the Directory (tenant) ID on the Credentials page.</source>
        <translation>Prüfen Sie die Verzeichnis-ID (Mandanten-ID) auf der Seite „Zugangsdaten“.</translation>
    </message>
    <message>
        <source>The token carries no object id (oid), so the app&apos;s role assignments cannot be looked up.</source>
        <translation>Das Token enthält keine Objekt-ID (oid), daher lassen sich die Rollenzuweisungen der App nicht nachschlagen.</translation>
    </message>
    <message>
        <source>Check that the token comes from Entra ID (endpoints.azureAuthority).</source>
        <translation>Prüfen Sie, ob das Token von Entra ID stammt (endpoints.azureAuthority).</translation>
    </message>
    <message>
        <source>subscription %1</source>
        <translation>das Abonnement %1</translation>
    </message>
    <message>
        <source>Subscription “%1” (%2) belongs to tenant %3, not %4.</source>
        <translation>Das Abonnement „%1“ (%2) gehört zum Mandanten %3, nicht zu %4.</translation>
    </message>
    <message>
        <source>Use the Directory (tenant) ID of the subscription&apos;s directory, or the subscription of this tenant.</source>
        <translation>Verwenden Sie die Verzeichnis-ID (Mandanten-ID) des Verzeichnisses, zu dem das Abonnement gehört, oder das Abonnement dieses Mandanten.</translation>
    </message>
    <message>
        <source>Subscription “%1” (%2) is enabled.</source>
        <translation>Das Abonnement „%1“ (%2) ist aktiviert.</translation>
    </message>
    <message>
        <source>Subscription “%1” (%2) is in the Warned state: it will be disabled unless the account is settled.</source>
        <translation>Das Abonnement „%1“ (%2) ist im Zustand „Warned“: Es wird deaktiviert, wenn das Konto nicht ausgeglichen wird.</translation>
    </message>
    <message>
        <source>Check the subscription&apos;s billing in the Azure portal (Cost Management + Billing).</source>
        <translation>Prüfen Sie die Abrechnung des Abonnements im Azure-Portal (Kostenverwaltung + Abrechnung).</translation>
    </message>
    <message>
        <source>Subscription “%1” (%2) is %3: no resources can be managed in it.</source>
        <translation>Das Abonnement „%1“ (%2) ist im Zustand %3: Darin lassen sich keine Ressourcen verwalten.</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>„unbekannt“</translation>
    </message>
    <message>
        <source>Settle the outstanding payment in Cost Management + Billing.</source>
        <translation>Begleichen Sie die offene Zahlung unter „Kostenverwaltung + Abrechnung“.</translation>
    </message>
    <message>
        <source>Re-enable the subscription in the Azure portal, or choose another one.</source>
        <translation>Aktivieren Sie das Abonnement im Azure-Portal wieder oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>the role assignments of subscription %1</source>
        <translation>die Rollenzuweisungen des Abonnements %1</translation>
    </message>
    <message>
        <source> through group %1</source>
        <translation> über die Gruppe %1</translation>
    </message>
    <message>
        <source>%1 at %2%3</source>
        <extracomment>%1 a role&apos;s name (Contributor, Owner), %2 its scope, %3 &quot; through group …&quot; or nothing</extracomment>
        <translation>%1 auf %2%3</translation>
    </message>
    <message>
        <source>The app (object id %1) has %2.</source>
        <translation>Die App (Objekt-ID %1) hat die Rolle %2.</translation>
    </message>
    <message>
        <source>Resource Manager pointed the next page of role assignments at %1; it was not followed, so the token was not sent there.</source>
        <translation>Resource Manager hat für die nächste Seite der Rollenzuweisungen auf %1 verwiesen; dem wurde nicht gefolgt, das Token ging also nicht dorthin.</translation>
    </message>
    <message>
        <source>Check endpoints.azureResourceManager and any proxy in between.</source>
        <translation>Prüfen Sie endpoints.azureResourceManager und jeden dazwischenliegenden Proxy.</translation>
    </message>
    <message>
        <source>The app (object id %1) has no role on subscription %2.</source>
        <translation>Die App (Objekt-ID %1) hat keine Rolle für das Abonnement %2.</translation>
    </message>
    <message>
        <source>The app (object id %1) has %2, but not Contributor or Owner on subscription %3.</source>
        <translation>Die App (Objekt-ID %1) hat die Rollen %2, aber nicht Mitwirkender oder Besitzer für das Abonnement %3.</translation>
    </message>
    <message>
        <source>In the subscription&apos;s Access control (IAM), add a role assignment: Contributor, for the app “%1”. It can take up to 15 minutes to take effect; tick the checklist step and the checks keep retrying meanwhile.</source>
        <translation>Fügen Sie unter „Zugriffssteuerung (IAM)“ des Abonnements eine Rollenzuweisung hinzu: Mitwirkender, für die App „%1“. Bis sie wirkt, können bis zu 15 Minuten vergehen; haken Sie den Schritt in der Checkliste ab, dann wiederholen sich die Prüfungen in dieser Zeit.</translation>
    </message>
    <message>
        <source>There is no resource group %1 in subscription %2.</source>
        <translation>Im Abonnement %2 gibt es keine Ressourcengruppe %1.</translation>
    </message>
    <message>
        <source>There is no virtual network %1 in resource group %2.</source>
        <translation>In der Ressourcengruppe %2 gibt es kein virtuelles Netzwerk %1.</translation>
    </message>
    <message>
        <source>Check the resource group and virtual network names on the Network page (they are case-insensitive but must exist in this subscription).</source>
        <translation>Prüfen Sie die Namen von Ressourcengruppe und virtuellem Netzwerk auf der Seite „Netzwerk“ (Groß- und Kleinschreibung spielt keine Rolle, aber beide müssen in diesem Abonnement existieren).</translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation>das virtuelle Netzwerk %1</translation>
    </message>
    <message>
        <source>Virtual network %1 exists in %2 (%3, %4).</source>
        <translation>Das virtuelle Netzwerk %1 existiert in %2 (%3, %4).</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>Trace-ID %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>%1 throttled the request (HTTP 429). %2</source>
        <translation>%1 hat die Anfrage gedrosselt (HTTP 429). %2</translation>
    </message>
    <message>
        <source>Wait a minute and run the checks again.</source>
        <translation>Warten Sie eine Minute und starten Sie die Prüfungen erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3. %4</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet. %4</translation>
    </message>
    <message>
        <source>This is on Microsoft&apos;s side or a proxy&apos;s; try again in a few minutes and check Azure status.</source>
        <translation>Das Problem liegt bei Microsoft oder einem Proxy; versuchen Sie es in ein paar Minuten erneut und sehen Sie im Azure-Status nach.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2)%3. Redirects are not followed, so no secret or token is sent anywhere else.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet (HTTP %2)%3. Weiterleitungen wird nicht gefolgt, damit kein Secret und kein Token an eine andere Adresse geht.</translation>
    </message>
    <message>
        <source>Check the national cloud on the Cloud page, or endpoints.azureAuthority / endpoints.azureResourceManager in the profile.</source>
        <translation>Prüfen Sie die nationale Cloud auf der Seite „Cloud“ oder endpoints.azureAuthority / endpoints.azureResourceManager im Profil.</translation>
    </message>
    <message>
        <source>Entra ID rejected the client secret of application %1.</source>
        <translation>Entra ID hat das Clientgeheimnis der Anwendung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Copy the secret&apos;s Value (not its Secret ID) from Certificates &amp; secrets again, without spaces around it.</source>
        <translation>Kopieren Sie den Wert des Geheimnisses (nicht seine Geheimnis-ID) erneut aus „Zertifikate &amp; Geheimnisse“, ohne Leerzeichen davor oder danach.</translation>
    </message>
    <message>
        <source> Scalr does not accept a secret containing + or /: if yours has one, create a new secret until it has neither.</source>
        <translation> Scalr akzeptiert kein Secret mit + oder /: Enthält Ihres eines davon, erstellen Sie so lange ein neues, bis es keines von beiden enthält.</translation>
    </message>
    <message>
        <source>The client secret of application %1 has expired.</source>
        <translation>Das Clientgeheimnis der Anwendung %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>Create a new client secret under Certificates &amp; secrets, enter it with its new expiry on the Credentials page, and update the platform&apos;s credentials.</source>
        <translation>Erstellen Sie unter „Zertifikate &amp; Geheimnisse“ ein neues Clientgeheimnis, geben Sie es mit seinem neuen Ablaufdatum auf der Seite „Zugangsdaten“ ein und aktualisieren Sie die Zugangsdaten auf der Plattform.</translation>
    </message>
    <message>
        <source>Application %1 was not found in tenant %2.</source>
        <translation>Die Anwendung %1 wurde im Mandanten %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID and that the app was registered in this directory; an app created a moment ago can take a few minutes to appear.</source>
        <translation>Prüfen Sie die Anwendungs-ID (Client-ID) und ob die App in diesem Verzeichnis registriert wurde; eine gerade erst erstellte App kann einige Minuten brauchen, bis sie erscheint.</translation>
    </message>
    <message>
        <source>Tenant %1 was not found in %2.</source>
        <translation>Der Mandant %1 wurde in %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the Directory (tenant) ID. A tenant of Azure Government or Azure China exists only in that cloud: choose it on the Cloud page.</source>
        <translation>Prüfen Sie die Verzeichnis-ID (Mandanten-ID). Ein Mandant in Azure Government oder Azure China existiert nur in dieser Cloud: Wählen Sie sie auf der Seite „Cloud“.</translation>
    </message>
    <message>
        <source>Consent for application %1 has not been granted (or has not reached Entra ID yet).</source>
        <translation>Die Zustimmung für die Anwendung %1 wurde nicht erteilt (oder ist noch nicht bei Entra ID angekommen).</translation>
    </message>
    <message>
        <source>Click “Grant admin consent” under API permissions and tick that step on the checklist: a grant can take up to 15 minutes to take effect, and the checks keep retrying for 15 minutes after it is ticked.</source>
        <translation>Klicken Sie unter „API-Berechtigungen“ auf „Administratorzustimmung erteilen“ und haken Sie den Schritt in der Checkliste ab: Bis eine Berechtigung wirkt, können bis zu 15 Minuten vergehen, und die Prüfungen wiederholen sich 15 Minuten lang, nachdem der Schritt abgehakt wurde.</translation>
    </message>
    <message>
        <source>Entra ID refused the token request (%1): %2</source>
        <translation>Entra ID hat die Tokenanforderung abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Look the AADSTS code up in Microsoft&apos;s error reference (login.microsoftonline.com/error).</source>
        <translation>Schlagen Sie den AADSTS-Code in der Fehlerreferenz von Microsoft nach (login.microsoftonline.com/error).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without an Entra ID error.</source>
        <translation>%1 hat mit HTTP %2 ohne Entra-ID-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Check that the authority address points at Entra ID (endpoints.azureAuthority).</source>
        <translation>Prüfen Sie, ob die Adresse der Autorität auf Entra ID zeigt (endpoints.azureAuthority).</translation>
    </message>
    <message>
        <source> Azure says: “%1”</source>
        <translation> Azure meldet: „%1“</translation>
    </message>
    <message>
        <source>Resource Manager did not accept the token for %1.%2</source>
        <translation>Resource Manager hat das Token für %1 nicht akzeptiert.%2</translation>
    </message>
    <message>
        <source>Check that the Cloud page names the cloud this subscription lives in, and endpoints.azureResourceManager if set.</source>
        <translation>Prüfen Sie, ob auf der Seite „Cloud“ die Cloud gewählt ist, in der dieses Abonnement liegt, und gegebenenfalls endpoints.azureResourceManager.</translation>
    </message>
    <message>
        <source>Application %1 may not read %2.%3</source>
        <translation>Die Anwendung %1 darf %2 nicht lesen.%3</translation>
    </message>
    <message>
        <source>Assign the app the Contributor role on subscription %1 (Access control (IAM)); a new assignment can take up to 15 minutes to take effect.</source>
        <translation>Weisen Sie der App die Rolle „Mitwirkender“ für das Abonnement %1 zu („Zugriffssteuerung (IAM)“); bis eine neue Zuweisung wirkt, können bis zu 15 Minuten vergehen.</translation>
    </message>
    <message>
        <source>Subscription %1 was not found, or application %2 has no role on it yet.</source>
        <translation>Das Abonnement %1 wurde nicht gefunden, oder die Anwendung %2 hat noch keine Rolle dafür.</translation>
    </message>
    <message>
        <source>Check the Subscription ID, and assign the app a role on it (Contributor).</source>
        <translation>Prüfen Sie die Abonnement-ID und weisen Sie der App eine Rolle dafür zu (Mitwirkender).</translation>
    </message>
    <message>
        <source>Resource Manager refused %1 with %2.%3</source>
        <translation>Resource Manager hat den Zugriff auf %1 mit %2 abgelehnt.%3</translation>
    </message>
    <message>
        <source>Look the error code up in Azure Resource Manager&apos;s documentation.</source>
        <translation>Schlagen Sie den Fehlercode in der Dokumentation von Azure Resource Manager nach.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 and no Azure error.</source>
        <translation>%1 hat für %2 mit HTTP %3 und ohne Azure-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Check that endpoints.azureResourceManager points at Azure Resource Manager.</source>
        <translation>Prüfen Sie, ob endpoints.azureResourceManager auf Azure Resource Manager zeigt.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The key could not be derived from the passphrase (scrypt parameters too costly for this computer).</source>
        <translation>Der Schlüssel ließ sich nicht aus der Passphrase ableiten (die scrypt-Parameter sind für diesen Computer zu aufwendig).</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The bundle parameters are out of bounds.</source>
        <translation>Die Parameter des Bündels liegen außerhalb der Grenzen.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen.</translation>
    </message>
    <message>
        <source>Encryption failed (OpenSSL).</source>
        <translation>Die Verschlüsselung ist fehlgeschlagen (OpenSSL).</translation>
    </message>
    <message>
        <source>The file is larger than a bundle can be (1 MiB).</source>
        <translation>Die Datei ist größer, als ein Bündel sein kann (1 MiB).</translation>
    </message>
    <message>
        <source>This is not a Cloud Connect bundle.</source>
        <translation>Dies ist kein Cloud-Connect-Bündel.</translation>
    </message>
    <message>
        <source>This bundle has format version %1; this version of Cloud Connect reads version 1. Use a newer Cloud Connect.</source>
        <translation>Dieses Bündel hat die Formatversion %1; diese Version von Cloud Connect liest Version 1. Verwenden Sie ein neueres Cloud Connect.</translation>
    </message>
    <message>
        <source>The bundle&apos;s key-derivation parameters are out of bounds: the file was changed or is not from Cloud Connect.</source>
        <translation>Die Parameter der Schlüsselableitung des Bündels liegen außerhalb der Grenzen: Die Datei wurde verändert oder stammt nicht von Cloud Connect.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed after it was written. Nothing was imported.</source>
        <translation>Die Passphrase ist falsch, oder die Datei wurde nach dem Schreiben verändert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The profile in the bundle is not valid: %1</source>
        <translation>Das Profil im Bündel ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>A VPC for the managed instances exists in this region</source>
        <translation>Eine VPC für die verwalteten Instanzen existiert in dieser Region</translation>
    </message>
    <message>
        <source>Every AWS account can still see the EC2-Classic network, but it is shared with all other customers in the region and is not acceptable for most uses. Create a VPC (see the Amazon VPC documentation) and use its id here.</source>
        <translation>Jedes AWS-Konto sieht zwar weiterhin das EC2-Classic-Netzwerk, es wird aber mit allen anderen Kunden in der Region geteilt und ist für die meisten Zwecke nicht geeignet. Erstellen Sie eine VPC (siehe die Dokumentation zu Amazon VPC) und verwenden Sie hier ihre ID.</translation>
    </message>
    <message>
        <source>A virtual network for the managed instances exists</source>
        <translation>Ein virtuelles Netzwerk für die verwalteten Instanzen existiert</translation>
    </message>
    <message>
        <source>Create or choose the Azure Virtual Network the instances will use (see the Azure Virtual Network documentation).</source>
        <translation>Erstellen oder wählen Sie das Azure Virtual Network, das die Instanzen verwenden werden (siehe die Dokumentation zu Azure Virtual Network).</translation>
    </message>
    <message>
        <source>The entry is merged into /etc/scalr-server/scalr-server.rb</source>
        <translation>Der Eintrag ist in /etc/scalr-server/scalr-server.rb eingefügt</translation>
    </message>
    <message>
        <source>Merged with the entries already inside app[:configuration] = { … }, not added as a second app[:configuration].</source>
        <translation>Mit den Einträgen zusammengeführt, die schon in app[:configuration] = { … } stehen, nicht als zweite app[:configuration] hinzugefügt.</translation>
    </message>
    <message>
        <source>Scalr was reconfigured</source>
        <translation>Scalr wurde neu konfiguriert</translation>
    </message>
    <message>
        <source>On the Scalr server: sudo scalr-server-ctl reconfigure. The policy has no effect until then.</source>
        <translation>Auf dem Scalr-Server: sudo scalr-server-ctl reconfigure. Bis dahin hat die Richtlinie keine Wirkung.</translation>
    </message>
    <message>
        <source>An IAM user for Scalr exists</source>
        <translation>Ein IAM-Benutzer für Scalr existiert</translation>
    </message>
    <message>
        <source>AWS Management Console → IAM → Users. Use a dedicated user so the key can be revoked without affecting anything else.</source>
        <translation>AWS Management Console → IAM → Benutzer. Verwenden Sie einen eigenen Benutzer, damit sich der Schlüssel widerrufen lässt, ohne etwas anderes zu beeinträchtigen.</translation>
    </message>
    <message>
        <source>The minimum policy is attached to the user</source>
        <translation>Die Mindestrichtlinie ist an den Benutzer angehängt</translation>
    </message>
    <message>
        <source>iam:GetUser, iam:ListInstanceProfiles, iam:ListServerCertificates, iam:PassRole, and every action outside IAM (NotAction iam:*), each on Resource &quot;*&quot;.</source>
        <translation>iam:GetUser, iam:ListInstanceProfiles, iam:ListServerCertificates, iam:PassRole und jede Aktion außerhalb von IAM (NotAction iam:*), jeweils auf Resource &quot;*&quot;.</translation>
    </message>
    <message>
        <source>An access key was created and both parts copied</source>
        <translation>Ein Zugriffsschlüssel wurde erstellt und beide Teile kopiert</translation>
    </message>
    <message>
        <source>IAM → Users → the user → Security credentials tab → Create access key. Copy the Access Key ID and the Secret Access Key: the secret is shown only once.</source>
        <translation>IAM → Benutzer → der Benutzer → Registerkarte „Sicherheitsanmeldeinformationen“ → Zugriffsschlüssel erstellen. Kopieren Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel: Der geheime Schlüssel wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Spot issued the external id for this account</source>
        <translation>Spot hat die externe ID für dieses Konto ausgestellt</translation>
    </message>
    <message>
        <source>The role trusts Spot&apos;s AWS account (922761411349) only when Spot presents this id, so no other Spot customer can assume it.</source>
        <translation>Die Rolle vertraut dem AWS-Konto von Spot (922761411349) nur, wenn Spot diese ID vorlegt; so kann kein anderer Spot-Kunde sie übernehmen.</translation>
    </message>
    <message>
        <source>The IAM role exists</source>
        <translation>Die IAM-Rolle existiert</translation>
    </message>
    <message>
        <source>Deploy the generated CloudFormation template (or create the role by hand with the trust and permission policies shown).</source>
        <translation>Stellen Sie die erzeugte CloudFormation-Vorlage bereit (oder erstellen Sie die Rolle von Hand mit den angezeigten Vertrauens- und Berechtigungsrichtlinien).</translation>
    </message>
    <message>
        <source>The role&apos;s ARN was copied</source>
        <translation>Der ARN der Rolle wurde kopiert</translation>
    </message>
    <message>
        <source>From the stack&apos;s Outputs, or IAM → Roles → the role → ARN.</source>
        <translation>Aus den Ausgaben (Outputs) des Stacks oder unter IAM → Rollen → die Rolle → ARN.</translation>
    </message>
    <message>
        <source>An app registration (service principal) was created</source>
        <translation>Eine App-Registrierung (Dienstprinzipal) wurde erstellt</translation>
    </message>
    <message>
        <source>Azure Active Directory (Microsoft Entra ID) → App registrations → New registration, in your Default directory. Name: “Scalr”; sign-on URL: the address of your Scalr web UI (routing[:endpoint_host] in scalr-server.rb).</source>
        <translation>Azure Active Directory (Microsoft Entra ID) → App-Registrierungen → Neue Registrierung, in Ihrem Standardverzeichnis. Name: „Scalr“; Anmelde-URL: die Adresse der Weboberfläche Ihres Scalr (routing[:endpoint_host] in scalr-server.rb).</translation>
    </message>
    <message>
        <source>Azure Active Directory (Microsoft Entra ID) → App registrations → New registration. Give it a name; copy the Application (client) ID.</source>
        <translation>Azure Active Directory (Microsoft Entra ID) → App-Registrierungen → Neue Registrierung. Geben Sie ihr einen Namen; kopieren Sie die Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>The Application ID URI is set</source>
        <translation>Der Anwendungs-ID-URI ist gesetzt</translation>
    </message>
    <message>
        <source>App → Expose an API → Application ID URI: https://&lt;your directory&apos;s domain&gt;/&lt;app&gt;, the domain from Domains in the same directory.</source>
        <translation>App → Eine API verfügbar machen → Anwendungs-ID-URI: https://&lt;Domäne Ihres Verzeichnisses&gt;/&lt;App&gt;, die Domäne aus „Domänen“ im selben Verzeichnis.</translation>
    </message>
    <message>
        <source>A client secret was created and its value copied</source>
        <translation>Ein Clientgeheimnis wurde erstellt und sein Wert kopiert</translation>
    </message>
    <message>
        <source>Certificates &amp; secrets → New client secret, with the expiry you chose. The value is shown only once. It MUST NOT contain “+” or “/”: those cause API errors in Scalr — generate a new one until it has neither.</source>
        <translation>Zertifikate &amp; Geheimnisse → Neuer geheimer Clientschlüssel, mit der gewählten Gültigkeitsdauer. Der Wert wird nur einmal angezeigt. Er darf „+“ und „/“ NICHT enthalten: Diese Zeichen verursachen API-Fehler in Scalr — erzeugen Sie so lange einen neuen, bis er keines von beiden enthält.</translation>
    </message>
    <message>
        <source>Certificates &amp; secrets → New client secret. The value is shown only once; note the expiry date, Spot asks for it.</source>
        <translation>Zertifikate &amp; Geheimnisse → Neuer geheimer Clientschlüssel. Der Wert wird nur einmal angezeigt; notieren Sie das Ablaufdatum, Spot fragt danach.</translation>
    </message>
    <message>
        <source>Windows Azure Active Directory permissions added</source>
        <translation>Berechtigungen für Windows Azure Active Directory hinzugefügt</translation>
    </message>
    <message>
        <source>API permissions → Add → Windows Azure Active Directory. Delegated: “Sign in and read user profile” and “Access the directory as the signed-in user”. Application: “Read directory data” and “Read and write directory data”. Missing permissions lead to unexpected behaviour.</source>
        <translation>API-Berechtigungen → Berechtigung hinzufügen → Windows Azure Active Directory. Delegiert: „Sign in and read user profile“ und „Access the directory as the signed-in user“. Anwendung: „Read directory data“ und „Read and write directory data“. Fehlende Berechtigungen führen zu unerwartetem Verhalten.</translation>
    </message>
    <message>
        <source>Windows Azure Service Management API permission added</source>
        <translation>Berechtigung für die Windows Azure Service Management API hinzugefügt</translation>
    </message>
    <message>
        <source>API permissions → Add → Windows Azure Service Management API → Delegated: “Access Azure Service Management” (as organization users).</source>
        <translation>API-Berechtigungen → Berechtigung hinzufügen → Windows Azure Service Management API → Delegiert: „Access Azure Service Management“ (als Benutzer der Organisation).</translation>
    </message>
    <message>
        <source>“Grant permissions” (admin consent) was clicked</source>
        <translation>„Berechtigungen erteilen“ (Administratorzustimmung) wurde angeklickt</translation>
    </message>
    <message>
        <source>Without it the permissions are not active. It can take up to 15 minutes to take effect and for the subscription to become selectable in Scalr.</source>
        <translation>Ohne diesen Schritt sind die Berechtigungen nicht aktiv. Es kann bis zu 15 Minuten dauern, bis sie wirken und das Abonnement in Scalr auswählbar wird.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID was copied</source>
        <translation>Die Verzeichnis-ID (Mandanten-ID) wurde kopiert</translation>
    </message>
    <message>
        <source>Azure Active Directory (Microsoft Entra ID) → Properties → Directory ID (Tenant ID).</source>
        <translation>Azure Active Directory (Microsoft Entra ID) → Eigenschaften → Verzeichnis-ID (Mandanten-ID).</translation>
    </message>
    <message>
        <source>The app has the Contributor role on the subscription</source>
        <translation>Die App hat die Rolle „Mitwirkender“ für das Abonnement</translation>
    </message>
    <message>
        <source>Subscriptions → your subscription → Access control (IAM) → Add role assignment → Contributor → select the app (if it does not appear in the list, type its name anyway) → Save.</source>
        <translation>Abonnements → Ihr Abonnement → Zugriffssteuerung (IAM) → Rollenzuweisung hinzufügen → Mitwirkender → die App auswählen (erscheint sie nicht in der Liste, geben Sie ihren Namen trotzdem ein) → Speichern.</translation>
    </message>
    <message>
        <source>The Subscription ID was copied</source>
        <translation>Die Abonnement-ID wurde kopiert</translation>
    </message>
    <message>
        <source>The subscription&apos;s Overview page shows it.</source>
        <translation>Die Seite „Übersicht“ des Abonnements zeigt sie an.</translation>
    </message>
    <message>
        <source>“Receive Billing Reports” is checked</source>
        <translation>„Receive Billing Reports“ ist angehakt</translation>
    </message>
    <message>
        <source>AWS Console → profile menu (top right) → My Billing Dashboard → Preferences. Even if detailed billing is already on, follow these steps so the reports have the format Scalr needs.</source>
        <translation>AWS-Konsole → Profilmenü (oben rechts) → My Billing Dashboard → Preferences. Auch wenn die detaillierte Abrechnung schon aktiviert ist, folgen Sie diesen Schritten, damit die Berichte das Format haben, das Scalr benötigt.</translation>
    </message>
    <message>
        <source>The S3 bucket is entered and “Verify” passed</source>
        <translation>Der S3-Bucket ist eingetragen und „Verify“ war erfolgreich</translation>
    </message>
    <message>
        <source>Same page: the bucket name below, then Verify, which checks that the bucket exists and has the right permissions.</source>
        <translation>Dieselbe Seite: der Bucket-Name von unten, dann „Verify“; das prüft, ob der Bucket existiert und die richtigen Berechtigungen hat.</translation>
    </message>
    <message>
        <source>“Detailed billing report with resources and tags” is checked and preferences saved</source>
        <translation>„Detailed billing report with resources and tags“ ist angehakt und die Einstellungen sind gespeichert</translation>
    </message>
    <message>
        <source>Then Save preferences.</source>
        <translation>Dann „Save preferences“.</translation>
    </message>
    <message>
        <source>The scalr-meta report tag is Active</source>
        <translation>Das Berichts-Tag scalr-meta ist „Active“</translation>
    </message>
    <message>
        <source>Manage report tags → scalr-meta → Active → Save. If scalr-meta is not listed, launch at least one Farm Role first so Scalr creates the tag; the first processing then takes 8–10 hours.</source>
        <translation>Manage report tags → scalr-meta → Active → Save. Fehlt scalr-meta in der Liste, starten Sie zuerst mindestens eine Farm Role, damit Scalr das Tag anlegt; die erste Verarbeitung dauert dann 8–10 Stunden.</translation>
    </message>
    <message>
        <source>“Enable Detailed Billing” is on in Scalr&apos;s credentials</source>
        <translation>„Enable Detailed Billing“ ist in den Zugangsdaten in Scalr eingeschaltet</translation>
    </message>
    <message>
        <source>In the cloud credentials dialog in Scalr, turn on Enable Detailed Billing and select the tags below for Cost Manager filters. Costs may take a few hours to appear.</source>
        <translation>Schalten Sie im Dialog für die Cloud-Zugangsdaten in Scalr „Enable Detailed Billing“ ein und wählen Sie die Tags von unten als Filter für den Cost Manager. Bis Kosten erscheinen, können einige Stunden vergehen.</translation>
    </message>
    <message>
        <source>The credentials were added in Scalr&apos;s web UI</source>
        <translation>Die Zugangsdaten wurden in der Weboberfläche von Scalr hinzugefügt</translation>
    </message>
    <message>
        <source>Scalr → Cloud credentials (Scalr or Account scope) → Add Credentials → Azure: paste the tenant name, Continue, sign in to the Azure portal, choose the subscription, Save.</source>
        <translation>Scalr → Cloud credentials (Geltungsbereich Scalr oder Account) → Add Credentials → Azure: den Mandantennamen einfügen, „Continue“, am Azure-Portal anmelden, das Abonnement wählen, „Save“.</translation>
    </message>
    <message>
        <source>The credentials are linked to the environments</source>
        <translation>Die Zugangsdaten sind mit den Umgebungen verknüpft</translation>
    </message>
    <message>
        <source>Account scope → Environments → the environment → Azure → the new credentials.</source>
        <translation>Geltungsbereich Account → Environments → die Umgebung → Azure → die neuen Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1; trying again in %2 s (attempt %3)</source>
        <translation>%1; neuer Versuch in %2 s (Versuch %3)</translation>
    </message>
    <message>
        <source>Does not apply: %1.</source>
        <translation>Trifft nicht zu: %1.</translation>
    </message>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Abgebrochen, bevor sie fertig war.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cloudconnect: this journey has no artefact &quot;%1&quot;; it has: %2
</source>
        <translation>cloudconnect: dieser Ablauf hat kein Artefakt &quot;%1&quot;; vorhanden sind: %2
</translation>
    </message>
    <message>
        <source>cloudconnect: note: the profile is incomplete; placeholders may remain in the output
</source>
        <translation>cloudconnect: Hinweis: Das Profil ist unvollständig; in der Ausgabe können Platzhalter stehen bleiben
</translation>
    </message>
    <message>
        <source>cloudconnect: bundle needs a passphrase: set CLOUDCONNECT_BUNDLE_PASSPHRASE or use --passphrase-stdin
</source>
        <translation>cloudconnect: bundle benötigt eine Passphrase: Setzen Sie CLOUDCONNECT_BUNDLE_PASSPHRASE oder verwenden Sie --passphrase-stdin
</translation>
    </message>
    <message>
        <source>cloudconnect: --secrets-stdin: %1
</source>
        <translation>cloudconnect: --secrets-stdin: %1
</translation>
    </message>
    <message>
        <source>cloudconnect: the keychain could not be read: %1
</source>
        <translation>cloudconnect: der Schlüsselbund ließ sich nicht lesen: %1
</translation>
    </message>
    <message>
        <source>Wrote %1: profile &quot;%2&quot; with %3 secret(s), encrypted. Give the passphrase to your colleague another way than the file.
</source>
        <translation>%1 geschrieben: Profil &quot;%2&quot; mit %3 Secret(s), verschlüsselt. Geben Sie die Passphrase Ihrer Kollegin oder Ihrem Kollegen auf anderem Weg als die Datei.
</translation>
    </message>
    <message>
        <source>cloudconnect: cannot read %1: %2
</source>
        <translation>cloudconnect: %1 lässt sich nicht lesen: %2
</translation>
    </message>
    <message>
        <source>cloudconnect: %1 exists; nothing was imported. Choose another -o file, or add --replace to replace it.
</source>
        <translation>cloudconnect: %1 existiert bereits; es wurde nichts importiert. Wählen Sie eine andere Datei für -o oder ersetzen Sie sie mit --replace.
</translation>
    </message>
    <message>
        <source>cloudconnect: nothing was imported: the keychain could not be read to see whether it holds secrets for &quot;%1&quot;: %2
</source>
        <translation>cloudconnect: es wurde nichts importiert: Der Schlüsselbund ließ sich nicht lesen, um zu sehen, ob er Secrets für &quot;%1&quot; enthält: %2
</translation>
    </message>
    <message>
        <source>cloudconnect: the keychain already holds secrets for a profile named &quot;%1&quot;; nothing was imported. Add --replace to replace them with the bundle&apos;s, or --no-keychain to write only the profile.
</source>
        <translation>cloudconnect: der Schlüsselbund enthält bereits Secrets für ein Profil namens &quot;%1&quot;; es wurde nichts importiert. Ersetzen Sie sie mit --replace durch die des Bündels oder schreiben Sie mit --no-keychain nur das Profil.
</translation>
    </message>
    <message>
        <source>cloudconnect: --no-keychain: the secrets in the bundle were not stored
</source>
        <translation>cloudconnect: --no-keychain: die Secrets im Bündel wurden nicht gespeichert
</translation>
    </message>
    <message>
        <source>cloudconnect: the profile was written, but the secrets could not be stored: %1
</source>
        <translation>cloudconnect: das Profil wurde geschrieben, aber die Secrets ließen sich nicht speichern: %1
</translation>
    </message>
    <message>
        <source>Wrote %1 (profile &quot;%2&quot;)%3.
</source>
        <translation>%1 geschrieben (Profil &quot;%2&quot;)%3.
</translation>
    </message>
    <message>
        <source>; its secrets are in the keychain</source>
        <translation>; seine Secrets liegen im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1: valid — profile &quot;%2&quot;, %3
</source>
        <translation>%1: gültig — Profil &quot;%2&quot;, %3
</translation>
    </message>
    <message>
        <source> (missing)
</source>
        <translation> (fehlt)
</translation>
    </message>
    <message>
        <source>%1: %2 problem(s)
</source>
        <translation>%1: %2 Problem(e)
</translation>
    </message>
    <message>
        <source>cloudconnect: %1 is not valid
</source>
        <translation>cloudconnect: %1 ist ungültig
</translation>
    </message>
    <message>
        <source>--ca-bundle needs a file</source>
        <translation>--ca-bundle benötigt eine Datei</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600</source>
        <translation>--timeout benötigt eine Anzahl Sekunden von 1 bis 600</translation>
    </message>
    <message>
        <source>--grant-wait needs a number of minutes from 0 to 60</source>
        <translation>--grant-wait benötigt eine Anzahl Minuten von 0 bis 60</translation>
    </message>
    <message>
        <source>--only needs check ids, e.g. --only aws.identity</source>
        <translation>--only benötigt Prüfungs-IDs, z. B. --only aws.identity</translation>
    </message>
    <message>
        <source>-o needs a file</source>
        <translation>-o benötigt eine Datei</translation>
    </message>
    <message>
        <source>--format is one of pdf, html, md, json</source>
        <translation>--format ist einer der Werte pdf, html, md, json</translation>
    </message>
    <message>
        <source>--results needs a file</source>
        <translation>--results benötigt eine Datei</translation>
    </message>
    <message>
        <source>secrets are never accepted on the command line (they would be visible to other users in the process list); use the keychain, CLOUDCONNECT_* environment variables or --secrets-stdin</source>
        <translation>Secrets werden nie auf der Kommandozeile angenommen (andere Benutzer könnten sie in der Prozessliste sehen); verwenden Sie den Schlüsselbund, die Umgebungsvariablen CLOUDCONNECT_* oder --secrets-stdin</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>secrets needs set or delete: cloudconnect secrets set PROFILE.json</source>
        <translation>secrets benötigt set oder delete: cloudconnect secrets set PROFIL.json</translation>
    </message>
    <message>
        <source>bundle needs export or import: cloudconnect bundle export PROFILE.json -o FILE</source>
        <translation>bundle benötigt export oder import: cloudconnect bundle export PROFIL.json -o DATEI</translation>
    </message>
    <message>
        <source>bundle %1 needs -o FILE</source>
        <translation>bundle %1 benötigt -o DATEI</translation>
    </message>
    <message>
        <source>--passphrase-stdin and --secrets-stdin both read standard input; use CLOUDCONNECT_BUNDLE_PASSPHRASE or the keychain for one of them</source>
        <translation>--passphrase-stdin und --secrets-stdin lesen beide die Standardeingabe; verwenden Sie für eines davon CLOUDCONNECT_BUNDLE_PASSPHRASE oder den Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 needs a profile: cloudconnect %1 PROFILE.json</source>
        <translation>%1 benötigt ein Profil: cloudconnect %1 PROFIL.json</translation>
    </message>
    <message>
        <source>%1 takes one profile, not %2</source>
        <translation>%1 nimmt ein Profil, nicht %2</translation>
    </message>
    <message>
        <source>report needs -o FILE</source>
        <translation>report benötigt -o DATEI</translation>
    </message>
    <message>
        <source>the Scalr API secret key of key id %1</source>
        <translation>der geheime Scalr-API-Schlüssel zur Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>the Spot API token of account %1</source>
        <translation>das Spot-API-Token des Kontos %1</translation>
    </message>
    <message>
        <source>the AWS secret access key for %1</source>
        <translation>der geheime AWS-Zugriffsschlüssel zu %1</translation>
    </message>
    <message>
        <source>the Azure client secret of application %1</source>
        <translation>das Azure-Clientgeheimnis der Anwendung %1</translation>
    </message>
    <message>
        <source>PASS</source>
        <comment>check status column</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>check status column</comment>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>check status column</comment>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SKIP</source>
        <comment>check status column</comment>
        <translation>ENTFÄLLT</translation>
    </message>
    <message>
        <source>cloudconnect: %1 is not complete enough for live checks:
</source>
        <translation>cloudconnect: %1 ist für Live-Prüfungen nicht vollständig genug:
</translation>
    </message>
    <message>
        <source>cloudconnect: unknown check id &quot;%1&quot; in --only; the ids are: %2
</source>
        <translation>cloudconnect: unbekannte Prüfungs-ID &quot;%1&quot; in --only; die IDs lauten: %2
</translation>
    </message>
    <message>
        <source>cloudconnect: %1 is missing: %2
</source>
        <translation>cloudconnect: es fehlt %1: %2
</translation>
    </message>
    <message>
        <source>cloudconnect: the keychain could not be read (%1) and %2 is not set
</source>
        <translation>cloudconnect: der Schlüsselbund ließ sich nicht lesen (%1) und %2 ist nicht gesetzt
</translation>
    </message>
    <message>
        <source>cloudconnect: missing secret: %1 is not in the keychain%2, not in %3%4
</source>
        <translation>cloudconnect: fehlendes Secret: %1 steht nicht im Schlüsselbund%2, nicht in %3%4
</translation>
    </message>
    <message>
        <source> (not read: --no-keychain)</source>
        <translation> (nicht gelesen: --no-keychain)</translation>
    </message>
    <message>
        <source> and not in the JSON on standard input</source>
        <translation> und nicht im JSON auf der Standardeingabe</translation>
    </message>
    <message>
        <source> (or use --secrets-stdin)</source>
        <translation> (oder verwenden Sie --secrets-stdin)</translation>
    </message>
    <message>
        <source>      fix: %1
</source>
        <translation>      Lösung: %1
</translation>
    </message>
    <message>
        <source>cloudconnect: unknown command &quot;%1&quot;; see cloudconnect --help
</source>
        <translation>cloudconnect: unbekannter Befehl &quot;%1&quot;; siehe cloudconnect --help
</translation>
    </message>
    <message>
        <source>the keychain holds secrets for &quot;%1&quot;, but they were stored for other endpoints or another CA bundle than this profile file names, so they were not used:
  %2
If you trust this file, give the secrets explicitly (environment variables or --secrets-stdin), or store them for these endpoints with &apos;cloudconnect secrets set&apos;.</source>
        <translation>der Schlüsselbund enthält Secrets für &quot;%1&quot;, die aber für andere Endpunkte oder ein anderes CA-Bundle gespeichert wurden, als diese Profildatei nennt; daher wurden sie nicht verwendet:
  %2
Wenn Sie dieser Datei vertrauen, geben Sie die Secrets ausdrücklich an (Umgebungsvariablen oder --secrets-stdin) oder speichern Sie sie mit &apos;cloudconnect secrets set&apos; für diese Endpunkte.</translation>
    </message>
    <message>
        <source>cloudconnect: %1 is not a valid profile:
</source>
        <translation>cloudconnect: %1 ist kein gültiges Profil:
</translation>
    </message>
    <message>
        <source>cloudconnect: cannot tell the report format from &quot;%1&quot;; use --format pdf|html|md|json
</source>
        <translation>cloudconnect: das Berichtsformat lässt sich aus &quot;%1&quot; nicht ableiten; verwenden Sie --format pdf|html|md|json
</translation>
    </message>
    <message>
        <source>cloudconnect: warning: %1
</source>
        <translation>cloudconnect: Warnung: %1
</translation>
    </message>
    <message>
        <source>cloudconnect: %1 is not the JSON printed by validate/submit:
</source>
        <translation>cloudconnect: %1 ist nicht das JSON, das validate/submit ausgibt:
</translation>
    </message>
    <message>
        <source>cloudconnect: secrets %1 works on the keychain; it cannot be combined with --no-keychain
</source>
        <translation>cloudconnect: secrets %1 arbeitet mit dem Schlüsselbund; es lässt sich nicht mit --no-keychain kombinieren
</translation>
    </message>
    <message>
        <source>Deleted the stored secrets of &quot;%1&quot; from the keychain.
</source>
        <translation>Die gespeicherten Secrets von &quot;%1&quot; wurden aus dem Schlüsselbund gelöscht.
</translation>
    </message>
    <message>
        <source>%1 (%2 or &quot;%3&quot; on --secrets-stdin)</source>
        <translation>%1 (%2 oder &quot;%3&quot; über --secrets-stdin)</translation>
    </message>
    <message>
        <source>cloudconnect: the %1 from %2 is not valid: %3
</source>
        <translation>cloudconnect: %1 (Quelle: %2) ist ungültig: %3
</translation>
    </message>
    <message>
        <source>cloudconnect: missing secrets for %1: %2
</source>
        <translation>cloudconnect: fehlende Secrets für %1: %2
</translation>
    </message>
    <message>
        <source>Stored in the keychain for &quot;%1&quot;: %2.
</source>
        <translation>Im Schlüsselbund für &quot;%1&quot; gespeichert: %2.
</translation>
    </message>
    <message>
        <source>
Submission (%1): %2 — %3
</source>
        <translation>
Einreichung (%1): %2 — %3
</translation>
    </message>
    <message>
        <source>      environment %1: linked
</source>
        <translation>      Umgebung %1: verknüpft
</translation>
    </message>
    <message>
        <source>      environment %1: NOT linked — %2
</source>
        <translation>      Umgebung %1: NICHT verknüpft — %2
</translation>
    </message>
    <message>
        <source>      open: %1
</source>
        <translation>      öffnen: %1
</translation>
    </message>
    <message>
        <source>cloudconnect: submit runs every check; --only belongs to validate
</source>
        <translation>cloudconnect: submit führt jede Prüfung aus; --only gehört zu validate
</translation>
    </message>
    <message>
        <source>cloudconnect: secrets stored in the keychain for &quot;%1&quot;
</source>
        <translation>cloudconnect: Secrets im Schlüsselbund für &quot;%1&quot; gespeichert
</translation>
    </message>
    <message>
        <source>submit: </source>
        <translation>submit: </translation>
    </message>
    <message>
        <source>cloudconnect: %1
Try &apos;cloudconnect --help&apos;.
</source>
        <translation>cloudconnect: %1
Siehe &apos;cloudconnect --help&apos;.
</translation>
    </message>
    <message>
        <source>cloudconnect: %1 (%2) is in the bundle
</source>
        <translation>cloudconnect: %1 (%2) ist im Bündel
</translation>
    </message>
    <message>
        <source>cloudconnect: %1 %2
</source>
        <translation>cloudconnect: %1 %2
</translation>
    </message>
    <message>
        <source>stdin</source>
        <comment>where a secret came from</comment>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>environment</source>
        <comment>where a secret came from</comment>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>%1 does not take %2 (an option of %3); see cloudconnect --help</source>
        <translation>%1 nimmt %2 nicht an (eine Option von %3); siehe cloudconnect --help</translation>
    </message>
    <message>
        <source>machine-readable result on stdout (one JSON document)</source>
        <translation>maschinenlesbares Ergebnis auf stdout (ein JSON-Dokument)</translation>
    </message>
    <message>
        <source>read secrets as one JSON object from standard input</source>
        <translation>Secrets als ein JSON-Objekt von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>do not use the OS keychain (secrets from environment / stdin only)</source>
        <translation>den Schlüsselbund des Systems nicht verwenden (Secrets nur aus Umgebung / stdin)</translation>
    </message>
    <message>
        <source>trust these extra CA certificates (PEM)</source>
        <translation>diesen zusätzlichen CA-Zertifikaten vertrauen (PEM)</translation>
    </message>
    <message>
        <source>per-request timeout, 1 to 600 (default 30)</source>
        <translation>Zeitlimit je Anfrage, 1 bis 600 (Standard 30)</translation>
    </message>
    <message>
        <source>only these checks, e.g. aws.identity</source>
        <translation>nur diese Prüfungen, z. B. aws.identity</translation>
    </message>
    <message>
        <source>after an Azure grant ticked less than this long ago (0 to 60, default 15; 0 = never), keep retrying the checks it explains</source>
        <translation>nach einer Azure-Berechtigung, die vor weniger als so vielen Minuten abgehakt wurde (0 bis 60, Standard 15; 0 = nie), die davon abhängigen Prüfungen wiederholen</translation>
    </message>
    <message>
        <source>every check and lookup, but nothing stored or sent</source>
        <translation>alle Prüfungen und Abfragen, aber nichts wird gespeichert oder gesendet</translation>
    </message>
    <message>
        <source>submit: replace existing credentials that differ; bundle import: replace the -o file and the secrets stored under that name</source>
        <translation>submit: abweichende vorhandene Zugangsdaten ersetzen; bundle import: die Datei von -o und die unter diesem Namen gespeicherten Secrets ersetzen</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>the report&apos;s format (default: from the file&apos;s extension)</source>
        <translation>das Format des Berichts (Standard: nach der Dateiendung)</translation>
    </message>
    <message>
        <source>add the results validate or submit printed with --json</source>
        <translation>die Ergebnisse hinzufügen, die validate oder submit mit --json ausgegeben haben</translation>
    </message>
    <message>
        <source>read the bundle&apos;s passphrase from standard input (else CLOUDCONNECT_BUNDLE_PASSPHRASE)</source>
        <translation>die Passphrase des Pakets von der Standardeingabe lesen (sonst CLOUDCONNECT_BUNDLE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>check the profile file only (schema and field rules), no network</source>
        <translation>nur die Profildatei prüfen (Schema und Feldregeln), ohne Netzwerk</translation>
    </message>
    <message>
        <source>run every live check that applies (AWS, Azure, the platform&apos;s token or API key) and print the results</source>
        <translation>jede zutreffende Live-Prüfung ausführen (AWS, Azure, Token oder API-Schlüssel der Plattform) und die Ergebnisse ausgeben</translation>
    </message>
    <message>
        <source>run every check, store the secrets in the keychain, then submit the credentials to the platform</source>
        <translation>alle Prüfungen ausführen, die Secrets im Schlüsselbund speichern und dann die Zugangsdaten bei der Plattform einreichen</translation>
    </message>
    <message>
        <source>write the summary report for the change record</source>
        <translation>den zusammenfassenden Bericht für den Änderungsnachweis schreiben</translation>
    </message>
    <message>
        <source>store the profile&apos;s secrets (from the environment or --secrets-stdin) in the keychain, or delete them</source>
        <translation>die Secrets des Profils (aus der Umgebung oder --secrets-stdin) im Schlüsselbund speichern oder sie löschen</translation>
    </message>
    <message>
        <source>profile and secrets in one encrypted file (AES-256-GCM, scrypt) for a colleague, and back</source>
        <translation>Profil und Secrets in einer verschlüsselten Datei (AES-256-GCM, scrypt) für Kollegen, und zurück</translation>
    </message>
    <message>
        <source>list the generated artefacts of the profile&apos;s journey, or print one (iam-policy, aws-cli, trust-policy, role-policy, cloudformation, cloudformation-deploy, az-cli, scalr-server-entry)</source>
        <translation>die erzeugten Artefakte des Ablaufs dieses Profils auflisten oder eines ausgeben (iam-policy, aws-cli, trust-policy, role-policy, cloudformation, cloudformation-deploy, az-cli, scalr-server-entry)</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>open the wizard (with a profile: reviewed before it is applied)</source>
        <translation>den Assistenten öffnen (mit einem Profil: vor dem Übernehmen geprüft)</translation>
    </message>
    <message>
        <source>this text, the version, or the manual page (roff)</source>
        <translation>dieser Text, die Version oder die Handbuchseite (roff)</translation>
    </message>
    <message>
        <source>Options every command takes:</source>
        <translation>Optionen, die jeder Befehl annimmt:</translation>
    </message>
    <message>
        <source>Options of some commands:</source>
        <translation>Optionen einzelner Befehle:</translation>
    </message>
    <message>
        <source>Check ids for --only: %1</source>
        <translation>Prüfungs-IDs für --only: %1</translation>
    </message>
    <message>
        <source>Secrets are never accepted as arguments. Environment variables: CLOUDCONNECT_AWS_SECRET_ACCESS_KEY, CLOUDCONNECT_AZURE_CLIENT_SECRET, CLOUDCONNECT_SCALR_SECRET_KEY, CLOUDCONNECT_SPOT_TOKEN.</source>
        <translation>Secrets werden nie als Argumente angenommen. Umgebungsvariablen: CLOUDCONNECT_AWS_SECRET_ACCESS_KEY, CLOUDCONNECT_AZURE_CLIENT_SECRET, CLOUDCONNECT_SCALR_SECRET_KEY, CLOUDCONNECT_SPOT_TOKEN.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 a check failed or the platform refused, 2 bad input (usage, invalid profile, missing secret), 3 environment (keychain, network, TLS, timeout).</source>
        <translation>Exit-Status: 0 Erfolg, 1 eine Prüfung schlug fehl oder die Plattform lehnte ab, 2 fehlerhafte Eingabe (Aufruf, ungültiges Profil, fehlendes Secret), 3 Umgebung (Schlüsselbund, Netzwerk, TLS, Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Reinstall Cloud Connect: the engine is a part of its package.</source>
        <translation>Installieren Sie Cloud Connect neu: Die Engine ist Teil des Pakets.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s engine (%1) is missing: it was looked for in %2.</source>
        <translation>Die Engine von Cloud Connect (%1) fehlt: Gesucht wurde in %2.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s engine (%1) is of another version (%2, this program is %3).</source>
        <translation>Die Engine von Cloud Connect (%1) hat eine andere Version (%2, dieses Programm ist %3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s engine (%1) could not be loaded: %2</source>
        <translation>Die Engine von Cloud Connect (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Reinstall Cloud Connect: the window module is a part of its package.</source>
        <translation>Installieren Sie Cloud Connect neu: Das Fenstermodul ist Teil des Pakets.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s window module (%1), which shows the wizard and writes PDF reports, is missing: it was looked for in %2.</source>
        <translation>Das Fenstermodul von Cloud Connect (%1), das den Assistenten zeigt und PDF-Berichte schreibt, fehlt: Gesucht wurde in %2.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s window module (%1) is of another version (%2, this program is %3).</source>
        <translation>Das Fenstermodul von Cloud Connect (%1) hat eine andere Version (%2, dieses Programm ist %3).</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s window module (%1) could not be loaded: %2</source>
        <translation>Das Fenstermodul von Cloud Connect (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Reinstall Cloud Connect: the keychain module is a part of its package.</source>
        <translation>Installieren Sie Cloud Connect neu: Das Schlüsselbundmodul ist Teil des Pakets.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s keychain module (%1) is missing: it was looked for in %2.</source>
        <translation>Das Schlüsselbundmodul von Cloud Connect (%1) fehlt: Gesucht wurde in %2.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s keychain module (%1) is of another version (%2, this program is %3).</source>
        <translation>Das Schlüsselbundmodul von Cloud Connect (%1) hat eine andere Version (%2, dieses Programm ist %3).</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s keychain module (%1) could not be loaded: %2</source>
        <translation>Das Schlüsselbundmodul von Cloud Connect (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the program&apos;s own location could not be read from /proc/self/exe</source>
        <translation>der eigene Ort des Programms konnte nicht aus /proc/self/exe gelesen werden</translation>
    </message>
    <message>
        <source>not a module of this program</source>
        <translation>kein Modul dieses Programms</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s engine (%1) is from another build of version %2 than this program.</source>
        <translation>Die Engine von Cloud Connect (%1) stammt aus einem anderen Build der Version %2 als dieses Programm.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s window module (%1) is from another build of version %2 than this program.</source>
        <translation>Das Fenstermodul von Cloud Connect (%1) stammt aus einem anderen Build der Version %2 als dieses Programm.</translation>
    </message>
    <message>
        <source>Cloud Connect&apos;s keychain module (%1) is from another build of version %2 than this program.</source>
        <translation>Das Schlüsselbundmodul von Cloud Connect (%1) stammt aus einem anderen Build der Version %2 als dieses Programm.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>this journey connects Azure, not AWS</source>
        <translation>dieser Ablauf verbindet Azure, nicht AWS</translation>
    </message>
    <message>
        <source>this journey connects AWS, not Azure</source>
        <translation>dieser Ablauf verbindet AWS, nicht Azure</translation>
    </message>
    <message>
        <source>The platform accepts your API credentials</source>
        <translation>Die Plattform akzeptiert Ihre API-Zugangsdaten</translation>
    </message>
    <message>
        <source>AWS accepts the access key (STS GetCallerIdentity)</source>
        <translation>AWS akzeptiert den Zugriffsschlüssel (STS GetCallerIdentity)</translation>
    </message>
    <message>
        <source>no access key was given for the account that holds the Spot role (optional)</source>
        <translation>für das Konto mit der Spot-Rolle wurde kein Zugriffsschlüssel angegeben (optional)</translation>
    </message>
    <message>
        <source>needs an access key of the account that holds the Spot role (optional; none was given)</source>
        <translation>benötigt einen Zugriffsschlüssel des Kontos mit der Spot-Rolle (optional; keiner angegeben)</translation>
    </message>
    <message>
        <source>The Spot role has the permissions Spot needs (IAM SimulatePrincipalPolicy)</source>
        <translation>Die Spot-Rolle hat die Berechtigungen, die Spot benötigt (IAM SimulatePrincipalPolicy)</translation>
    </message>
    <message>
        <source>The identity has the permissions the platform needs (IAM simulation, or read-only and DryRun calls)</source>
        <translation>Die Identität hat die Berechtigungen, die die Plattform benötigt (IAM-Simulation oder lesende und DryRun-Aufrufe)</translation>
    </message>
    <message>
        <source>The VPC exists in the region (EC2 DescribeVpcs)</source>
        <translation>Die VPC existiert in der Region (EC2 DescribeVpcs)</translation>
    </message>
    <message>
        <source>The billing bucket exists and answers</source>
        <translation>Der Abrechnungs-Bucket existiert und antwortet</translation>
    </message>
    <message>
        <source>Spot reads billing itself; no bucket is set up in this journey</source>
        <translation>Spot liest die Abrechnung selbst; in diesem Ablauf wird kein Bucket eingerichtet</translation>
    </message>
    <message>
        <source>detailed billing is off</source>
        <translation>die detaillierte Abrechnung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is within 5 minutes of AWS</source>
        <translation>Die Uhr dieses Computers weicht höchstens 5 Minuten von der von AWS ab</translation>
    </message>
    <message>
        <source>Entra ID issues a token for the app (client credentials)</source>
        <translation>Entra ID stellt ein Token für die App aus (Clientanmeldeinformationen)</translation>
    </message>
    <message>
        <source>The subscription exists and is enabled</source>
        <translation>Das Abonnement existiert und ist aktiviert</translation>
    </message>
    <message>
        <source>The app is Contributor (or Owner) on the subscription</source>
        <translation>Die App ist Mitwirkender (oder Besitzer) des Abonnements</translation>
    </message>
    <message>
        <source>The virtual network exists in the resource group</source>
        <translation>Das virtuelle Netzwerk existiert in der Ressourcengruppe</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Headless, you can also run with --no-keychain and pass secrets through the CLOUDCONNECT_* environment variables or --secrets-stdin.</source>
        <translation>Auf der Kommandozeile können Sie auch mit --no-keychain arbeiten und die Secrets über die Umgebungsvariablen CLOUDCONNECT_* oder --secrets-stdin übergeben.</translation>
    </message>
    <message>
        <source>No session bus (D-Bus) is reachable here, so no keychain service (Secret Service) can answer.</source>
        <translation>Hier ist kein Sitzungsbus (D-Bus) erreichbar, daher kann kein Schlüsselbunddienst (Secret Service) antworten.</translation>
    </message>
    <message>
        <source>Run Cloud Connect in a desktop session, or start one for it (dbus-run-session, with gnome-keyring running in it). </source>
        <translation>Starten Sie Cloud Connect in einer Desktop-Sitzung oder starten Sie eine dafür (dbus-run-session, mit laufendem gnome-keyring darin). </translation>
    </message>
    <message>
        <source>No secrets are stored for this profile.</source>
        <translation>Für dieses Profil sind keine Secrets gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service on the session bus).</source>
        <translation>Es läuft kein Schlüsselbunddienst (kein Secret Service am Sitzungsbus).</translation>
    </message>
    <message>
        <source>Install and start gnome-keyring (or KWallet, or KeePassXC with Secret Service integration), log in to a desktop session, then choose Retry. </source>
        <translation>Installieren und starten Sie gnome-keyring (oder KWallet oder KeePassXC mit Secret-Service-Integration), melden Sie sich an einer Desktop-Sitzung an und wählen Sie dann „Wiederholen“. </translation>
    </message>
    <message>
        <source>Access to the keychain was refused at the prompt.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde in der Abfrage verweigert.</translation>
    </message>
    <message>
        <source>Choose Retry and allow access when the keychain asks. </source>
        <translation>Wählen Sie „Wiederholen“ und erlauben Sie den Zugriff, wenn der Schlüsselbund nachfragt. </translation>
    </message>
    <message>
        <source>The keychain is locked or denied access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Unlock your login keyring (Passwords and Keys / Seahorse, or log in again), then choose Retry. </source>
        <translation>Entsperren Sie Ihren Anmelde-Schlüsselbund (Passwörter und Verschlüsselung / Seahorse oder erneut anmelden) und wählen Sie dann „Wiederholen“. </translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Check that your keyring service works (e.g. secret-tool), then choose Retry. </source>
        <translation>Prüfen Sie, ob Ihr Schlüsselbunddienst funktioniert (z. B. mit secret-tool), und wählen Sie dann „Wiederholen“. </translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The keyring daemon may be waiting for an unlock prompt or be stuck; answer the prompt or restart it, then choose Retry. </source>
        <translation>Der Schlüsselbunddienst wartet vielleicht auf eine Entsperrabfrage oder hängt; beantworten Sie die Abfrage oder starten Sie ihn neu und wählen Sie dann „Wiederholen“. </translation>
    </message>
    <message>
        <source>The keychain entry for this profile is not one Cloud Connect wrote.</source>
        <translation>Der Schlüsselbundeintrag für dieses Profil stammt nicht von Cloud Connect.</translation>
    </message>
    <message>
        <source>Store the secrets again (Save secrets, or cloudconnect secrets set).</source>
        <translation>Speichern Sie die Secrets erneut („Secrets im Schlüsselbund speichern“ oder cloudconnect secrets set).</translation>
    </message>
    <message>
        <source>The keychain holds secrets for this profile name, but they were stored for other endpoints or another CA bundle, so they were not used (%1).</source>
        <translation>Der Schlüsselbund enthält Secrets für diesen Profilnamen, die aber für andere Endpunkte oder ein anderes CA-Bundle gespeichert wurden; daher wurden sie nicht verwendet (%1).</translation>
    </message>
    <message>
        <source>Check the endpoints on the import review. If you trust them, enter the secrets again; saving them stores them for these endpoints.</source>
        <translation>Prüfen Sie die Endpunkte in der Importübersicht. Wenn Sie ihnen vertrauen, geben Sie die Secrets erneut ein; beim Speichern werden sie für diese Endpunkte abgelegt.</translation>
    </message>
    <message>
        <source>the secrets on standard input are larger than 64 KiB</source>
        <translation>die Secrets auf der Standardeingabe sind größer als 64 KiB</translation>
    </message>
    <message>
        <source>standard input is not a JSON object (error at byte %1)</source>
        <translation>die Standardeingabe ist kein JSON-Objekt (Fehler bei Byte %1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; on standard input; expected awsSecretAccessKey, azureClientSecret, scalrSecretKey or spotToken</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; auf der Standardeingabe; erwartet werden awsSecretAccessKey, azureClientSecret, scalrSecretKey oder spotToken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on standard input must be a string</source>
        <translation>&quot;%1&quot; auf der Standardeingabe muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Azure client secret</source>
        <translation>Azure-Clientgeheimnis</translation>
    </message>
    <message>
        <source>Scalr API secret key</source>
        <translation>Geheimer Scalr-API-Schlüssel</translation>
    </message>
    <message>
        <source>Spot API token</source>
        <translation>Spot-API-Token</translation>
    </message>
    <message>
        <source>from the stdin</source>
        <translation>aus der Standardeingabe</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>from the %1</source>
        <translation>aus %1</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The address %1 is not an http(s) URL.</source>
        <translation>Die Adresse %1 ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Refused to send to %1 without TLS: plain http:// is only allowed to this computer.</source>
        <translation>Senden an %1 ohne TLS verweigert: Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 KiB, which no check expects.</source>
        <translation>%1 hat eine Antwort größer als %2 KiB gesendet, was keine Prüfung erwartet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived (%2 of %3 bytes).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die ganze Antwort ankam (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 was refused: %2.</source>
        <translation>Die TLS-Verbindung zu %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Der Hostname %1 ließ sich nicht auflösen.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor einer Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2, %3.</source>
        <translation>HTTP %1 von %2, %3.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http:// is only allowed to this computer (localhost).</source>
        <translation>Verwenden Sie eine https://-Adresse; unverschlüsseltes http:// ist nur zu diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>Point the CA bundle setting (--ca-bundle or tls.caBundle) at a readable PEM file.</source>
        <translation>Lassen Sie die Einstellung für das CA-Bundle (--ca-bundle oder tls.caBundle) auf eine lesbare PEM-Datei zeigen.</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and firewall, or allow more time (--timeout).</source>
        <translation>Prüfen Sie Netzwerkverbindung, Proxy und Firewall oder lassen Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <source>If a proxy or private CA intercepts TLS here, add its CA certificate with --ca-bundle (or tls.caBundle in the profile); otherwise check the endpoint address.</source>
        <translation>Fängt hier ein Proxy oder eine private CA TLS ab, fügen Sie deren CA-Zertifikat mit --ca-bundle (oder tls.caBundle im Profil) hinzu; andernfalls prüfen Sie die Endpunktadresse.</translation>
    </message>
    <message>
        <source>Check the endpoint address and this computer&apos;s DNS settings.</source>
        <translation>Prüfen Sie die Endpunktadresse und die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>Check the endpoint address and port, and that nothing blocks the connection.</source>
        <translation>Prüfen Sie Endpunktadresse und Port und ob nichts die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then run the check again.</source>
        <translation>Prüfen Sie Netzwerkverbindung und Proxy-Einstellungen und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Check that the endpoint address points at the real service, not another server.</source>
        <translation>Prüfen Sie, ob die Endpunktadresse auf den echten Dienst zeigt und nicht auf einen anderen Server.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>not sent again automatically, because the first attempt may already have been applied</source>
        <translation>nicht automatisch erneut gesendet, weil der erste Versuch womöglich schon angewendet wurde</translation>
    </message>
    <message>
        <source>still failing after %1 attempts</source>
        <translation>nach %1 Versuchen weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <source>the service asked to wait %1 s before trying again</source>
        <translation>der Dienst hat gebeten, %1 s bis zum nächsten Versuch zu warten</translation>
    </message>
    <message>
        <source>document type declarations are not accepted</source>
        <translation>Dokumenttyp-Deklarationen werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation>mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>Text länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation>kein XML-Element</translation>
    </message>
</context>
<context>
    <name>PlatformChecks</name>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Abgebrochen, bevor die Prüfung fertig war.</translation>
    </message>
    <message>
        <source>No Spot API token was entered.</source>
        <translation>Es wurde kein Spot-API-Token eingegeben.</translation>
    </message>
    <message>
        <source>No Scalr API secret key was entered.</source>
        <translation>Es wurde kein geheimer Scalr-API-Schlüssel eingegeben.</translation>
    </message>
    <message>
        <source>Enter it on the Platform page.</source>
        <translation>Geben Sie ihn auf der Seite „Plattform“ ein.</translation>
    </message>
    <message>
        <source>Spot accepts the API token for account %1.</source>
        <translation>Spot akzeptiert das API-Token für das Konto %1.</translation>
    </message>
    <message>
        <source>Spot accepts the API token for account %1 (“%2”).</source>
        <translation>Spot akzeptiert das API-Token für das Konto %1 („%2“).</translation>
    </message>
    <message>
        <source>Spot accepts the API token, but lists no account it may use, so account %1 is not proven to be one.</source>
        <translation>Spot akzeptiert das API-Token, nennt aber kein Konto, das es verwenden darf; dass das Konto %1 dazugehört, ist also nicht belegt.</translation>
    </message>
    <message>
        <source>Spot accepts the API token, but account %1 is not among its accounts (%2).</source>
        <translation>Spot akzeptiert das API-Token, aber das Konto %1 gehört nicht zu seinen Konten (%2).</translation>
    </message>
    <message>
        <source>Check the account id (act-…) on the Platform page, or use a token of a user of that account.</source>
        <translation>Prüfen Sie die Konto-ID (act-…) auf der Seite „Plattform“ oder verwenden Sie ein Token eines Benutzers dieses Kontos.</translation>
    </message>
    <message>
        <source>the list of accounts</source>
        <translation>die Abfrage der Kontenliste</translation>
    </message>
    <message>
        <source>Scalr at %1 accepts API key %2.</source>
        <translation>Scalr unter %1 akzeptiert den API-Schlüssel %2.</translation>
    </message>
    <message>
        <source>the credentials list</source>
        <translation>die Abfrage der Zugangsdatenliste</translation>
    </message>
    <message>
        <source>%1 answered %2 with a redirect (HTTP %3)%4. Redirects are not followed, so no token or signature is sent to another address.</source>
        <translation>%1 hat auf %2 mit einer Weiterleitung geantwortet (HTTP %3)%4. Weiterleitungen wird nicht gefolgt, damit weder Token noch Signatur an eine andere Adresse gehen.</translation>
    </message>
    <message>
        <source>Use https://api.spotinst.io (or the address Spot gave you) as the endpoint.</source>
        <translation>Verwenden Sie https://api.spotinst.io (oder die Adresse, die Spot Ihnen genannt hat) als Endpunkt.</translation>
    </message>
    <message>
        <source>Enter the Scalr server&apos;s final address (with https:// and without a path) on the Platform page.</source>
        <translation>Geben Sie auf der Seite „Plattform“ die endgültige Adresse des Scalr-Servers ein (mit https:// und ohne Pfad).</translation>
    </message>
    <message>
        <source>Spot did not accept the API token for account %1 (%2).</source>
        <translation>Spot hat das API-Token für das Konto %1 nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <source>Create a new token under Settings → API in the Spot console (it is shown only once) and check the account id.</source>
        <translation>Erstellen Sie in der Spot-Konsole unter Settings → API ein neues Token (es wird nur einmal angezeigt) und prüfen Sie die Konto-ID.</translation>
    </message>
    <message>
        <source>Scalr refused the request as expired: this computer&apos;s clock differs from the server&apos;s by more than 5 minutes (%1).</source>
        <translation>Scalr hat die Anfrage als abgelaufen abgelehnt: Die Uhr dieses Computers weicht um mehr als 5 Minuten von der des Servers ab (%1).</translation>
    </message>
    <message>
        <source>Set the clock right (timedatectl set-ntp true) and try again.</source>
        <translation>Stellen Sie die Uhr richtig (timedatectl set-ntp true) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Scalr says the signature does not match: the API secret key does not belong to key id %1 (%2).</source>
        <translation>Scalr meldet, dass die Signatur nicht passt: Der geheime API-Schlüssel gehört nicht zur Schlüssel-ID %1 (%2).</translation>
    </message>
    <message>
        <source>Paste the API secret key again, exactly as shown when the key was generated.</source>
        <translation>Fügen Sie den geheimen API-Schlüssel erneut ein, genau so, wie er beim Erzeugen des Schlüssels angezeigt wurde.</translation>
    </message>
    <message>
        <source>Scalr does not know the API key id %1 (%2).</source>
        <translation>Scalr kennt die API-Schlüssel-ID %1 nicht (%2).</translation>
    </message>
    <message>
        <source>Check the key id under your profile → API access in Scalr, and that the key is active.</source>
        <translation>Prüfen Sie die Schlüssel-ID in Scalr unter „your profile → API access“ und ob der Schlüssel aktiv ist.</translation>
    </message>
    <message>
        <source>Scalr refused the authentication (%1).</source>
        <translation>Scalr hat die Authentifizierung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Check the API key id and secret key on the Platform page.</source>
        <translation>Prüfen Sie API-Schlüssel-ID und geheimen Schlüssel auf der Seite „Plattform“.</translation>
    </message>
    <message>
        <source>%1 refused %2: the API key may not do this (%3).</source>
        <translation>%1 hat %2 abgelehnt: Der API-Schlüssel darf das nicht (%3).</translation>
    </message>
    <message>
        <source>Use a token of an account administrator.</source>
        <translation>Verwenden Sie ein Token eines Kontoadministrators.</translation>
    </message>
    <message>
        <source>Use the API key of a user allowed to manage cloud credentials at this scope.</source>
        <translation>Verwenden Sie den API-Schlüssel eines Benutzers, der in diesem Geltungsbereich Cloud-Zugangsdaten verwalten darf.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 (%4). %5</source>
        <translation>%1 hat auf %2 mit HTTP %3 geantwortet (%4). %5</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (Feld %1)</translation>
    </message>
    <message>
        <source>Scalr verifies the cloud credentials itself: check them with the Verify page, then try again.</source>
        <translation>Scalr prüft die Cloud-Zugangsdaten selbst: Prüfen Sie sie auf der Seite „Prüfung“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Correct the answer it names and submit again.</source>
        <translation>Korrigieren Sie die genannte Angabe und reichen Sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>ProfileFieldLabels</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse der Plattform</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Environment IDs</source>
        <translation>Umgebungs-IDs</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Credentials name</source>
        <translation>Name der Zugangsdaten</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Connection policy</source>
        <translation>Verbindungsrichtlinie</translation>
    </message>
    <message>
        <source>Local route</source>
        <translation>Lokale Route</translation>
    </message>
    <message>
        <source>AWS partition</source>
        <translation>AWS-Partition</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC-ID</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>How Spot signs in</source>
        <translation>Anmeldung von Spot</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Role ARN</source>
        <translation>Rollen-ARN</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>AWS billing data</source>
        <translation>AWS-Abrechnungsdaten</translation>
    </message>
    <message>
        <source>Billing bucket</source>
        <translation>Abrechnungs-Bucket</translation>
    </message>
    <message>
        <source>Bucket region</source>
        <translation>Region des Buckets</translation>
    </message>
    <message>
        <source>Azure cloud</source>
        <translation>Azure-Cloud</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>App registration name</source>
        <translation>Name der App-Registrierung</translation>
    </message>
    <message>
        <source>Sign-on URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Application ID URI</source>
        <translation>Anwendungs-ID-URI</translation>
    </message>
    <message>
        <source>Secret expires</source>
        <translation>Geheimnis läuft ab</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Azure billing data</source>
        <translation>Azure-Abrechnungsdaten</translation>
    </message>
    <message>
        <source>Tag filters</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>AWS STS address</source>
        <translation>AWS-STS-Adresse</translation>
    </message>
    <message>
        <source>AWS IAM address</source>
        <translation>AWS-IAM-Adresse</translation>
    </message>
    <message>
        <source>AWS EC2 address</source>
        <translation>AWS-EC2-Adresse</translation>
    </message>
    <message>
        <source>AWS S3 address</source>
        <translation>AWS-S3-Adresse</translation>
    </message>
    <message>
        <source>Entra ID sign-in address</source>
        <translation>Entra-ID-Anmeldeadresse</translation>
    </message>
    <message>
        <source>Azure Resource Manager address</source>
        <translation>Adresse des Azure Resource Manager</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities</source>
        <translation>Zusätzlich vertraute Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Page to resume at</source>
        <translation>Seite zum Fortsetzen</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to you: %2</source>
        <translation>%1 lässt sich nicht nur für Sie lesbar machen: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 lässt sich nicht speichern: %2</translation>
    </message>
    <message>
        <source>the keychain entry does not say which endpoints its secrets belong to (stored by an older version)</source>
        <translation>der Eintrag im Schlüsselbund gibt nicht an, zu welchen Endpunkten seine Secrets gehören (von einer älteren Version gespeichert)</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Scalr connects with an access key: use &quot;access-key&quot;</source>
        <translation>Scalr verbindet sich mit einem Zugriffsschlüssel: Verwenden Sie &quot;access-key&quot;</translation>
    </message>
    <message>
        <source>Spot connects through an IAM role: use &quot;iam-role&quot;</source>
        <translation>Spot verbindet sich über eine IAM-Rolle: Verwenden Sie &quot;iam-role&quot;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>required: a name for this onboarding, e.g. prod-aws</source>
        <translation>erforderlich: ein Name für dieses Onboarding, z. B. prod-aws</translation>
    </message>
    <message>
        <source>at most 64 characters</source>
        <translation>höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and spaces only, starting with a letter or digit</source>
        <translation>nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; und Leerzeichen, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>the CA bundle %1 does not exist on this computer</source>
        <translation>das CA-Bundle %1 existiert auf diesem Computer nicht</translation>
    </message>
    <message>
        <source>the CA bundle %1 is not a regular file (a device, FIFO or directory is refused)</source>
        <translation>das CA-Bundle %1 ist keine reguläre Datei (Geräte, FIFOs und Verzeichnisse werden abgelehnt)</translation>
    </message>
    <message>
        <source>the CA bundle %1 is larger than 4 MiB; a PEM CA bundle is far smaller</source>
        <translation>das CA-Bundle %1 ist größer als 4 MiB; ein PEM-CA-Bundle ist weit kleiner</translation>
    </message>
    <message>
        <source>the CA bundle %1 cannot be read</source>
        <translation>das CA-Bundle %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>too long for a URL (at most 2048 characters)</source>
        <translation>zu lang für eine URL (höchstens 2048 Zeichen)</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>not an absolute URL such as https://scalr.example.com</source>
        <translation>keine absolute URL wie https://scalr.example.com</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>must not contain a query or fragment</source>
        <translation>darf keine Query und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>must use https (plain http is accepted for localhost / 127.0.0.1 / ::1 only)</source>
        <translation>muss https verwenden (unverschlüsseltes http ist nur für localhost / 127.0.0.1 / ::1 zulässig)</translation>
    </message>
    <message>
        <source>must be an https:// URL</source>
        <translation>muss eine https://-URL sein</translation>
    </message>
    <message>
        <source>required: the Scalr account&apos;s number</source>
        <translation>erforderlich: die Nummer des Scalr-Kontos</translation>
    </message>
    <message>
        <source>a Scalr account id is a number, e.g. 1</source>
        <translation>eine Scalr-Konto-ID ist eine Zahl, z. B. 1</translation>
    </message>
    <message>
        <source>an environment id is a number, e.g. 5</source>
        <translation>eine Umgebungs-ID ist eine Zahl, z. B. 5</translation>
    </message>
    <message>
        <source>required: the API key id from Scalr&apos;s API keys page</source>
        <translation>erforderlich: die API-Schlüssel-ID von der Seite „API keys“ in Scalr</translation>
    </message>
    <message>
        <source>an API key id is 8–64 letters and digits (the id, not the secret key)</source>
        <translation>eine API-Schlüssel-ID besteht aus 8–64 Buchstaben und Ziffern (die ID, nicht der geheime Schlüssel)</translation>
    </message>
    <message>
        <source>required: the Spot account id, act- followed by 8 hex digits</source>
        <translation>erforderlich: die Spot-Konto-ID, act- gefolgt von 8 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a Spot account id is act- followed by 8 lowercase hex digits, e.g. act-1a2b3c4d</source>
        <translation>eine Spot-Konto-ID ist act- gefolgt von 8 kleingeschriebenen Hexadezimalziffern, z. B. act-1a2b3c4d</translation>
    </message>
    <message>
        <source>required: the name the credentials get on the platform</source>
        <translation>erforderlich: der Name, den die Zugangsdaten auf der Plattform erhalten</translation>
    </message>
    <message>
        <source>required: the access key id, e.g. AKIAIOSFODNN7EXAMPLE</source>
        <translation>erforderlich: die Zugriffsschlüssel-ID, z. B. AKIAIOSFODNN7EXAMPLE</translation>
    </message>
    <message>
        <source>remove the spaces around the key id (copy/paste)</source>
        <translation>entfernen Sie die Leerzeichen um die Schlüssel-ID (Kopieren/Einfügen)</translation>
    </message>
    <message>
        <source>an access key id is 20 characters (%1 entered)</source>
        <translation>eine Zugriffsschlüssel-ID hat 20 Zeichen (%1 eingegeben)</translation>
    </message>
    <message>
        <source>an access key id starts with AKIA (or ASIA for temporary keys) followed by 16 of A–Z, 2–7</source>
        <translation>eine Zugriffsschlüssel-ID beginnt mit AKIA (oder ASIA bei temporären Schlüsseln), gefolgt von 16 Zeichen aus A–Z, 2–7</translation>
    </message>
    <message>
        <source>required: the secret access key shown once when the key was created</source>
        <translation>erforderlich: der geheime Zugriffsschlüssel, der beim Erstellen des Schlüssels einmalig angezeigt wurde</translation>
    </message>
    <message>
        <source>remove the spaces around the secret (copy/paste)</source>
        <translation>entfernen Sie die Leerzeichen um das Secret (Kopieren/Einfügen)</translation>
    </message>
    <message>
        <source>a secret access key is 40 characters (%1 entered)</source>
        <translation>ein geheimer Zugriffsschlüssel hat 40 Zeichen (%1 eingegeben)</translation>
    </message>
    <message>
        <source>a secret access key has only letters, digits, &apos;+&apos; and &apos;/&apos;</source>
        <translation>ein geheimer Zugriffsschlüssel enthält nur Buchstaben, Ziffern, &apos;+&apos; und &apos;/&apos;</translation>
    </message>
    <message>
        <source>required: the region, e.g. us-east-1</source>
        <translation>erforderlich: die Region, z. B. us-east-1</translation>
    </message>
    <message>
        <source>not a region name such as us-east-1</source>
        <translation>kein Regionsname wie us-east-1</translation>
    </message>
    <message>
        <source>%1 is not in the commercial partition; choose GovCloud or China on the Cloud page</source>
        <translation>%1 liegt nicht in der kommerziellen Partition; wählen Sie GovCloud oder China auf der Seite „Cloud“</translation>
    </message>
    <message>
        <source>GovCloud regions are us-gov-west-1 and us-gov-east-1</source>
        <translation>GovCloud-Regionen sind us-gov-west-1 und us-gov-east-1</translation>
    </message>
    <message>
        <source>China regions are cn-north-1 and cn-northwest-1</source>
        <translation>China-Regionen sind cn-north-1 und cn-northwest-1</translation>
    </message>
    <message>
        <source>required: the VPC id, e.g. vpc-0a1b2c3d4e5f60718</source>
        <translation>erforderlich: die VPC-ID, z. B. vpc-0a1b2c3d4e5f60718</translation>
    </message>
    <message>
        <source>remove the spaces around the id</source>
        <translation>entfernen Sie die Leerzeichen um die ID</translation>
    </message>
    <message>
        <source>a VPC id is vpc- followed by 8 or 17 lowercase hex digits</source>
        <translation>eine VPC-ID ist vpc- gefolgt von 8 oder 17 kleingeschriebenen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>required: the role&apos;s ARN, e.g. arn:%1:iam::123456789012:role/SpotRole</source>
        <translation>erforderlich: der ARN der Rolle, z. B. arn:%1:iam::123456789012:role/SpotRole</translation>
    </message>
    <message>
        <source>not an IAM role ARN such as arn:%1:iam::123456789012:role/SpotRole</source>
        <translation>kein ARN einer IAM-Rolle wie arn:%1:iam::123456789012:role/SpotRole</translation>
    </message>
    <message>
        <source>the ARN must be in the %1 partition (starts with %2)</source>
        <translation>der ARN muss in der Partition %1 liegen (beginnt mit %2)</translation>
    </message>
    <message>
        <source>required: a name for the role, e.g. SpotRole</source>
        <translation>erforderlich: ein Name für die Rolle, z. B. SpotRole</translation>
    </message>
    <message>
        <source>1–64 letters, digits and + = , . @ _ -</source>
        <translation>1–64 Buchstaben, Ziffern und + = , . @ _ -</translation>
    </message>
    <message>
        <source>required: the external id Spot issued for this account</source>
        <translation>erforderlich: die externe ID, die Spot für dieses Konto ausgestellt hat</translation>
    </message>
    <message>
        <source>an external id is 2–1224 letters, digits and + = , . @ : / _ -</source>
        <translation>eine externe ID besteht aus 2–1224 Buchstaben, Ziffern und + = , . @ : / _ -</translation>
    </message>
    <message>
        <source>required: the S3 bucket that receives the billing reports</source>
        <translation>erforderlich: der S3-Bucket, der die Abrechnungsberichte empfängt</translation>
    </message>
    <message>
        <source>a bucket name is 3–63 characters</source>
        <translation>ein Bucket-Name hat 3–63 Zeichen</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;.&apos; and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos;, am Anfang und Ende ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>dots may not be next to each other or to a hyphen</source>
        <translation>Punkte dürfen nicht nebeneinander oder neben einem Bindestrich stehen</translation>
    </message>
    <message>
        <source>a bucket name may not look like an IP address</source>
        <translation>ein Bucket-Name darf nicht wie eine IP-Adresse aussehen</translation>
    </message>
    <message>
        <source>not a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47</source>
        <translation>keine GUID wie 72f988bf-86f1-41af-91ab-2d7cd011db47</translation>
    </message>
    <message>
        <source>a domain name is at most 253 characters</source>
        <translation>ein Domänenname hat höchstens 253 Zeichen</translation>
    </message>
    <message>
        <source>not a domain name such as contoso.onmicrosoft.com</source>
        <translation>kein Domänenname wie contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>required: the Directory (tenant) ID from Entra ID → Properties</source>
        <translation>erforderlich: die Verzeichnis-ID (Mandanten-ID) aus Entra ID → Eigenschaften</translation>
    </message>
    <message>
        <source>not a GUID or domain</source>
        <translation>weder GUID noch Domäne</translation>
    </message>
    <message>
        <source>required: the client secret value (shown once when it was created)</source>
        <translation>erforderlich: der Wert des Clientgeheimnisses (beim Erstellen einmalig angezeigt)</translation>
    </message>
    <message>
        <source>too long for a client secret</source>
        <translation>zu lang für ein Clientgeheimnis</translation>
    </message>
    <message>
        <source>contains a control character; copy the secret value again</source>
        <translation>enthält ein Steuerzeichen; kopieren Sie den Wert des Secrets erneut</translation>
    </message>
    <message>
        <source>Scalr cannot use a secret containing &apos;+&apos; or &apos;/&apos;: these cause API errors. Generate a new secret in the app registration until one has neither, and use that one.</source>
        <translation>Scalr kann kein Secret verwenden, das &apos;+&apos; oder &apos;/&apos; enthält: Diese Zeichen verursachen API-Fehler. Erzeugen Sie in der App-Registrierung so lange ein neues Secret, bis eines keines von beiden enthält, und verwenden Sie dieses.</translation>
    </message>
    <message>
        <source>required: the resource group of the virtual network</source>
        <translation>erforderlich: die Ressourcengruppe des virtuellen Netzwerks</translation>
    </message>
    <message>
        <source>a resource group name is at most 90 characters</source>
        <translation>ein Ressourcengruppenname hat höchstens 90 Zeichen</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; and &apos;)&apos; only, not ending with &apos;.&apos;</source>
        <translation>nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; und &apos;)&apos;, nicht mit &apos;.&apos; am Ende</translation>
    </message>
    <message>
        <source>required: the virtual network&apos;s name or resource id</source>
        <translation>erforderlich: der Name oder die Ressourcen-ID des virtuellen Netzwerks</translation>
    </message>
    <message>
        <source>not a virtual network resource id such as /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.Network/virtualNetworks/&lt;name&gt;</source>
        <translation>keine Ressourcen-ID eines virtuellen Netzwerks wie /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.Network/virtualNetworks/&lt;name&gt;</translation>
    </message>
    <message>
        <source>a virtual network name is 2–64 characters</source>
        <translation>ein Name eines virtuellen Netzwerks hat 2–64 Zeichen</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit and ending with a letter, digit or &apos;_&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, am Anfang ein Buchstabe oder eine Ziffer, am Ende ein Buchstabe, eine Ziffer oder &apos;_&apos;</translation>
    </message>
    <message>
        <source>a tag name cannot be empty</source>
        <translation>ein Tag-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a tag name is at most 512 characters</source>
        <translation>ein Tag-Name hat höchstens 512 Zeichen</translation>
    </message>
    <message>
        <source>a tag name may not contain &lt; &gt; % &amp; \ ? /</source>
        <translation>ein Tag-Name darf &lt; &gt; % &amp; \ ? / nicht enthalten</translation>
    </message>
    <message>
        <source>required: the app registration&apos;s name, e.g. Scalr</source>
        <translation>erforderlich: der Name der App-Registrierung, z. B. Scalr</translation>
    </message>
    <message>
        <source>at most 120 characters</source>
        <translation>höchstens 120 Zeichen</translation>
    </message>
    <message>
        <source>remove the spaces around the name</source>
        <translation>entfernen Sie die Leerzeichen um den Namen</translation>
    </message>
    <message>
        <source>must not start with @ (the Azure CLI would read it as a file name)</source>
        <translation>darf nicht mit @ beginnen (die Azure CLI läse ihn als Dateinamen)</translation>
    </message>
    <message>
        <source>must not contain control characters (tabs, line breaks, escapes)</source>
        <translation>darf keine Steuerzeichen enthalten (Tabulatoren, Zeilenumbrüche, Escape-Sequenzen)</translation>
    </message>
    <message>
        <source>required: the API secret key shown when the API key was generated</source>
        <translation>erforderlich: der geheime API-Schlüssel, der beim Erzeugen des API-Schlüssels angezeigt wurde</translation>
    </message>
    <message>
        <source>must not contain spaces or line breaks (copy/paste)</source>
        <translation>darf keine Leerzeichen oder Zeilenumbrüche enthalten (Kopieren/Einfügen)</translation>
    </message>
    <message>
        <source>too long for an API secret key</source>
        <translation>zu lang für einen geheimen API-Schlüssel</translation>
    </message>
    <message>
        <source>required: a Spot API token (Settings → API → Generate token)</source>
        <translation>erforderlich: ein Spot-API-Token (Settings → API → Generate token)</translation>
    </message>
    <message>
        <source>too long for an API token</source>
        <translation>zu lang für ein API-Token</translation>
    </message>
    <message>
        <source>not a date and time such as 2027-11-22T00:00:00Z</source>
        <translation>kein Datum mit Uhrzeit wie 2027-11-22T00:00:00Z</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>kein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>the file is %1 bytes; a profile is at most %2 bytes</source>
        <translation>die Datei hat %1 Bytes; ein Profil hat höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>a string starting at byte %1 is longer than %2 bytes</source>
        <translation>eine Zeichenkette ab Byte %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep at byte %2</source>
        <translation>bei Byte %2 mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>ein Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>unknown field (a typo?); see docs/profile-format.md</source>
        <translation>unbekanntes Feld (ein Tippfehler?); siehe docs/profile-format.md</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>too long: at most %1 characters</source>
        <translation>zu lang: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>too many entries: at most %1</source>
        <translation>zu viele Einträge: höchstens %1</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>only used with Scalr; remove it for Spot</source>
        <translation>wird nur bei Scalr verwendet; entfernen Sie es für Spot</translation>
    </message>
    <message>
        <source>required because &quot;cloud&quot; is &quot;%1&quot;</source>
        <translation>erforderlich, weil &quot;cloud&quot; den Wert &quot;%1&quot; hat</translation>
    </message>
    <message>
        <source>not allowed because &quot;cloud&quot; is &quot;%1&quot;; remove it</source>
        <translation>nicht zulässig, weil &quot;cloud&quot; den Wert &quot;%1&quot; hat; entfernen Sie es</translation>
    </message>
    <message>
        <source>the instance connection policy is a Scalr setting; remove it for Spot</source>
        <translation>die Verbindungsrichtlinie für Instanzen ist eine Scalr-Einstellung; entfernen Sie sie für Spot</translation>
    </message>
    <message>
        <source>required when connectionPolicy is &quot;local&quot;: say how Scalr reaches the private IPs (&quot;same-network&quot;, &quot;peering&quot; or &quot;vpn&quot;)</source>
        <translation>erforderlich, wenn connectionPolicy &quot;local&quot; ist: Geben Sie an, wie Scalr die privaten IPs erreicht (&quot;same-network&quot;, &quot;peering&quot; oder &quot;vpn&quot;)</translation>
    </message>
    <message>
        <source>only used when connectionPolicy is &quot;local&quot;</source>
        <translation>wird nur verwendet, wenn connectionPolicy &quot;local&quot; ist</translation>
    </message>
    <message>
        <source>not a checklist step id such as aws.vpc.ready (see README)</source>
        <translation>keine ID eines Checklistenschritts wie aws.vpc.ready (siehe README)</translation>
    </message>
    <message>
        <source>the Scalr server&apos;s URL is needed</source>
        <translation>die URL des Scalr-Servers wird benötigt</translation>
    </message>
    <message>
        <source>the Scalr API key id is needed</source>
        <translation>die Scalr-API-Schlüssel-ID wird benötigt</translation>
    </message>
    <message>
        <source>a name for the credentials in Scalr is needed</source>
        <translation>ein Name für die Zugangsdaten in Scalr wird benötigt</translation>
    </message>
    <message>
        <source>the Scalr account id is needed for account scope</source>
        <translation>für den Geltungsbereich „Konto“ wird die Scalr-Konto-ID benötigt</translation>
    </message>
    <message>
        <source>environment scope needs at least one environment id</source>
        <translation>der Geltungsbereich „Umgebung“ benötigt mindestens eine Umgebungs-ID</translation>
    </message>
    <message>
        <source>the Spot account id (act-…) is needed</source>
        <translation>die Spot-Konto-ID (act-…) wird benötigt</translation>
    </message>
    <message>
        <source>say how Scalr reaches the private IPs</source>
        <translation>geben Sie an, wie Scalr die privaten IPs erreicht</translation>
    </message>
    <message>
        <source>the region is needed</source>
        <translation>die Region wird benötigt</translation>
    </message>
    <message>
        <source>the VPC id is needed (EC2-Classic is not acceptable)</source>
        <translation>die VPC-ID wird benötigt (EC2-Classic ist nicht geeignet)</translation>
    </message>
    <message>
        <source>the access key id is needed</source>
        <translation>die Zugriffsschlüssel-ID wird benötigt</translation>
    </message>
    <message>
        <source>the external id from Spot is needed</source>
        <translation>die externe ID von Spot wird benötigt</translation>
    </message>
    <message>
        <source>the ARN of the role you created is needed</source>
        <translation>der ARN der von Ihnen erstellten Rolle wird benötigt</translation>
    </message>
    <message>
        <source>detailed billing needs the S3 bucket</source>
        <translation>die detaillierte Abrechnung benötigt den S3-Bucket</translation>
    </message>
    <message>
        <source>detailed billing needs the bucket&apos;s region</source>
        <translation>die detaillierte Abrechnung benötigt die Region des Buckets</translation>
    </message>
    <message>
        <source>Microsoft Cloud Deutschland (AzureGermanCloud) was closed on 2021-10-29; choose AzureCloud, AzureUSGovernment or AzureChinaCloud</source>
        <translation>Microsoft Cloud Deutschland (AzureGermanCloud) wurde am 29.10.2021 geschlossen; wählen Sie AzureCloud, AzureUSGovernment oder AzureChinaCloud</translation>
    </message>
    <message>
        <source>the tenant (directory) id is needed</source>
        <translation>die Mandanten-ID (Verzeichnis-ID) wird benötigt</translation>
    </message>
    <message>
        <source>the application (client) id is needed</source>
        <translation>die Anwendungs-ID (Client-ID) wird benötigt</translation>
    </message>
    <message>
        <source>the subscription id is needed</source>
        <translation>die Abonnement-ID wird benötigt</translation>
    </message>
    <message>
        <source>the virtual network&apos;s resource group is needed</source>
        <translation>die Ressourcengruppe des virtuellen Netzwerks wird benötigt</translation>
    </message>
    <message>
        <source>the virtual network is needed</source>
        <translation>das virtuelle Netzwerk wird benötigt</translation>
    </message>
    <message>
        <source>Scalr asks for the tenant name (e.g. contoso.onmicrosoft.com)</source>
        <translation>Scalr fragt nach dem Mandantennamen (z. B. contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Spot needs the client secret&apos;s expiry date</source>
        <translation>Spot benötigt das Ablaufdatum des Clientgeheimnisses</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object ({ … })</source>
        <translation>ein Profil ist ein JSON-Objekt ({ … })</translation>
    </message>
    <message>
        <source>this file has schemaVersion %1, but this version of Cloud Connect reads schemaVersion %2 only; use a newer Cloud Connect</source>
        <translation>diese Datei hat schemaVersion %1, diese Version von Cloud Connect liest aber nur schemaVersion %2; verwenden Sie ein neueres Cloud Connect</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>looks like a secret: secrets belong in the OS keychain, never in a profile file. Remove this field and store the secret with the wizard or `cloudconnect secrets set`.</source>
        <translation>sieht aus wie ein Secret: Secrets gehören in den Schlüsselbund des Betriebssystems, nie in eine Profildatei. Entfernen Sie dieses Feld und speichern Sie das Secret mit dem Assistenten oder mit `cloudconnect secrets set`.</translation>
    </message>
    <message>
        <source>a list or object has more than %1 items (at byte %2)</source>
        <translation>eine Liste oder ein Objekt hat mehr als %1 Einträge (bei Byte %2)</translation>
    </message>
    <message>
        <source>name too long: at most %1 characters</source>
        <translation>Name zu lang: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>cannot be checked against the schema: %1</source>
        <translation>kann nicht anhand des Schemas geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Scalr API secret key</source>
        <translation>Geheimer Scalr-API-Schlüssel</translation>
    </message>
    <message>
        <source>Spot API token</source>
        <translation>Spot-API-Token</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Azure client secret</source>
        <translation>Azure-Clientgeheimnis</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>names no profile; use the JSON that validate or submit printed for &quot;%1&quot;</source>
        <translation>nennt kein Profil; verwenden Sie das JSON, das validate oder submit für &quot;%1&quot; ausgegeben hat</translation>
    </message>
    <message>
        <source>these results are for the profile &quot;%1&quot;, not &quot;%2&quot;; run validate or submit for &quot;%2&quot;</source>
        <translation>diese Ergebnisse gehören zum Profil &quot;%1&quot;, nicht zu &quot;%2&quot;; führen Sie validate oder submit für &quot;%2&quot; aus</translation>
    </message>
    <message>
        <source>more than 200 checks</source>
        <translation>mehr als 200 Prüfungen</translation>
    </message>
    <message>
        <source>needs an id and a status (pass, warn, fail, skipped)</source>
        <translation>benötigt eine ID und einen Status (pass, warn, fail, skipped)</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>check status</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <comment>check status</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>check status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>check status</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not run</source>
        <comment>check status</comment>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>created</source>
        <comment>submission status</comment>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>submission status</comment>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>submission status</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>submission status</comment>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>submission status</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>handed-over</source>
        <comment>submission status</comment>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>dry-run</source>
        <comment>submission status</comment>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Cloud Connect report — %1</source>
        <translation>Cloud-Connect-Bericht — %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 · generated %2 by cloudconnect %3</source>
        <translation>%1 · erstellt %2 von cloudconnect %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Never shown. The fingerprint is the first 4 hex digits of the secret&apos;s SHA-256: equal fingerprints in two reports mean the same secret was very likely used.</source>
        <translation>Werden nie angezeigt. Der Fingerabdruck besteht aus den ersten 4 Hexadezimalziffern des SHA-256 des Secrets: Gleiche Fingerabdrücke in zwei Berichten bedeuten, dass sehr wahrscheinlich dasselbe Secret verwendet wurde.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht eingegeben</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Portal steps, with when each was ticked.</source>
        <translation>Schritte im Portal, jeweils mit dem Zeitpunkt des Abhakens.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This journey has no manual portal steps.</source>
        <translation>Dieser Ablauf hat keine manuellen Schritte im Portal.</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live-Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No live check was run for this report.</source>
        <translation>Für diesen Bericht wurde keine Live-Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nothing was submitted to the platform.</source>
        <translation>Bei der Plattform wurde nichts eingereicht.</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erzeugt: %1</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the report&apos;s text (BCP 47), for &lt;html lang=&quot;…&quot;&gt;</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot write a PDF report here: Cloud Connect&apos;s window module, which lays PDF reports out, is not loaded</source>
        <translation>PDF-Bericht kann hier nicht geschrieben werden: Das Fenstermodul von Cloud Connect, das PDF-Berichte setzt, ist nicht geladen</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Looking for credentials named “%1” in Scalr…</source>
        <translation>Suche in Scalr nach Zugangsdaten namens „%1“…</translation>
    </message>
    <message>
        <source>Would create AWS credentials “%1” (%2) at %3.</source>
        <translation>Würde AWS-Zugangsdaten „%1“ (%2) in %3 anlegen.</translation>
    </message>
    <message>
        <source>Scalr has no account %1 for this API key (ObjectNotFound: %2).</source>
        <translation>Scalr hat für diesen API-Schlüssel kein Konto %1 (ObjectNotFound: %2).</translation>
    </message>
    <message>
        <source>Scalr has no environment behind %1 for this API key (ObjectNotFound: %2).</source>
        <translation>Scalr hat für diesen API-Schlüssel keine Umgebung hinter %1 (ObjectNotFound: %2).</translation>
    </message>
    <message>
        <source>Check the account and environment ids on the Platform page (Scalr shows them in the account and environment settings), and that the API key belongs to a user of that account.</source>
        <translation>Prüfen Sie Konto- und Umgebungs-IDs auf der Seite „Plattform“ (Scalr zeigt sie in den Konto- und Umgebungseinstellungen) und ob der API-Schlüssel einem Benutzer dieses Kontos gehört.</translation>
    </message>
    <message>
        <source>the credentials list</source>
        <translation>die Abfrage der Zugangsdatenliste</translation>
    </message>
    <message>
        <source>Scalr already has credentials named “%1” (id %2) with another key or type; submitting would replace them.</source>
        <translation>Scalr hat bereits Zugangsdaten namens „%1“ (ID %2) mit einem anderen Schlüssel oder Typ; das Einreichen würde sie ersetzen.</translation>
    </message>
    <message>
        <source>Confirm the replacement (headless: --replace), or choose another credentials name on the Platform page.</source>
        <translation>Bestätigen Sie das Ersetzen (Kommandozeile: --replace) oder wählen Sie auf der Seite „Plattform“ einen anderen Namen für die Zugangsdaten.</translation>
    </message>
    <message>
        <source>Would replace the key of credentials “%1” (id %2).</source>
        <translation>Würde den Schlüssel der Zugangsdaten „%1“ (ID %2) ersetzen.</translation>
    </message>
    <message>
        <source>credentials “%1” (id %2)</source>
        <translation>die Zugangsdaten „%1“ (ID %2)</translation>
    </message>
    <message>
        <source>Credentials “%1” (id %2) already exist with this key; nothing was sent for them.</source>
        <translation>Die Zugangsdaten „%1“ (ID %2) existieren bereits mit diesem Schlüssel; für sie wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Created AWS credentials “%1” (id %2%3).</source>
        <translation>AWS-Zugangsdaten „%1“ angelegt (ID %2%3).</translation>
    </message>
    <message>
        <source>Creating credentials “%1” in Scalr (Scalr verifies the AWS key itself)…</source>
        <translation>Lege Zugangsdaten „%1“ in Scalr an (Scalr prüft den AWS-Schlüssel selbst)…</translation>
    </message>
    <message>
        <source>the new credentials “%1”</source>
        <translation>die neuen Zugangsdaten „%1“</translation>
    </message>
    <message>
        <source>; the first answer was lost, Scalr confirmed them</source>
        <translation>; die erste Antwort ging verloren, Scalr hat sie bestätigt</translation>
    </message>
    <message>
        <source>Replaced the key of credentials “%1” (id %2%3).</source>
        <translation>Schlüssel der Zugangsdaten „%1“ ersetzt (ID %2%3).</translation>
    </message>
    <message>
        <source>Replacing the key of credentials “%1” in Scalr…</source>
        <translation>Ersetze den Schlüssel der Zugangsdaten „%1“ in Scalr…</translation>
    </message>
    <message>
        <source>the replacement of “%1”</source>
        <translation>das Ersetzen von „%1“</translation>
    </message>
    <message>
        <source>; the first answer was lost, Scalr confirmed it</source>
        <translation>; die erste Antwort ging verloren, Scalr hat es bestätigt</translation>
    </message>
    <message>
        <source>Scalr did not show the environment&apos;s clouds (%1).</source>
        <translation>Scalr hat die Clouds der Umgebung nicht angezeigt (%1).</translation>
    </message>
    <message>
        <source>Would link environment %1.</source>
        <translation>Würde die Umgebung %1 verknüpfen.</translation>
    </message>
    <message>
        <source>Would link environment %1 (replacing its AWS credentials %2).</source>
        <translation>Würde die Umgebung %1 verknüpfen (und dabei ihre AWS-Zugangsdaten %2 ersetzen).</translation>
    </message>
    <message>
        <source>Linking the credentials to environment %1…</source>
        <translation>Verknüpfe die Zugangsdaten mit der Umgebung %1…</translation>
    </message>
    <message>
        <source>Scalr refused (ObjectInUse: %1): the environment&apos;s current AWS credentials are in use by servers or images. Link them in Scalr once nothing uses the old ones.</source>
        <translation>Scalr hat abgelehnt (ObjectInUse: %1): Die aktuellen AWS-Zugangsdaten der Umgebung werden von Servern oder Images verwendet. Verknüpfen Sie die neuen in Scalr, sobald nichts mehr die alten verwendet.</translation>
    </message>
    <message>
        <source>Scalr refused (%1).</source>
        <translation>Scalr hat abgelehnt (%1).</translation>
    </message>
    <message>
        <source>environment %1: %2</source>
        <translation>Umgebung %1: %2</translation>
    </message>
    <message>
        <source>Linked to environment(s) %1.</source>
        <translation>Mit Umgebung(en) %1 verknüpft.</translation>
    </message>
    <message>
        <source>Not linked: %1.</source>
        <translation>Nicht verknüpft: %1.</translation>
    </message>
    <message>
        <source>Link the credentials in Scalr (Environment → Clouds → AWS) for each environment named, or fix the cause and submit again: what is in place is kept.</source>
        <translation>Verknüpfen Sie die Zugangsdaten in Scalr (Environment → Clouds → AWS) für jede genannte Umgebung, oder beheben Sie die Ursache und reichen Sie erneut ein: Was schon vorhanden ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Scalr&apos;s API does not accept Azure credentials (it answers 501 NotImplemented: “MS Azure allows only OAuth authentication”), so nothing was sent. Everything is verified; finish in Scalr&apos;s web UI: Cloud credentials → New → Microsoft Azure, tenant name %1, subscription %2, then approve the consent Scalr asks for.</source>
        <translation>Die API von Scalr nimmt keine Azure-Zugangsdaten an (sie antwortet 501 NotImplemented: „MS Azure allows only OAuth authentication“), daher wurde nichts gesendet. Alles ist geprüft; schließen Sie in der Weboberfläche von Scalr ab: Cloud credentials → New → Microsoft Azure, Mandantenname %1, Abonnement %2, und bestätigen Sie dann die Zustimmung, nach der Scalr fragt.</translation>
    </message>
    <message>
        <source>Open Scalr, add the credentials with the values above, and link them to your environments.</source>
        <translation>Öffnen Sie Scalr, fügen Sie die Zugangsdaten mit den obigen Werten hinzu und verknüpfen Sie sie mit Ihren Umgebungen.</translation>
    </message>
    <message>
        <source>Reading the AWS credentials Spot has for %1…</source>
        <translation>Lese die AWS-Zugangsdaten, die Spot für %1 hat…</translation>
    </message>
    <message>
        <source>reading the AWS credentials</source>
        <translation>das Lesen der AWS-Zugangsdaten</translation>
    </message>
    <message>
        <source>Spot account %1 already uses role %2; nothing was sent.</source>
        <translation>Das Spot-Konto %1 verwendet bereits die Rolle %2; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Spot account %1 already uses role %2; submitting would replace it with %3.</source>
        <translation>Das Spot-Konto %1 verwendet bereits die Rolle %2; das Einreichen würde sie durch %3 ersetzen.</translation>
    </message>
    <message>
        <source>Confirm the replacement (headless: --replace), or use the role Spot already has.</source>
        <translation>Bestätigen Sie das Ersetzen (Kommandozeile: --replace) oder verwenden Sie die Rolle, die Spot bereits hat.</translation>
    </message>
    <message>
        <source>Would set role %1 for Spot account %2%3.</source>
        <translation>Würde die Rolle %1 für das Spot-Konto %2 setzen%3.</translation>
    </message>
    <message>
        <source> (replacing %1)</source>
        <translation> (statt %1)</translation>
    </message>
    <message>
        <source>Spot account %1 now uses role %2%3.</source>
        <translation>Das Spot-Konto %1 verwendet jetzt die Rolle %2%3.</translation>
    </message>
    <message>
        <source>Sending the role to Spot…</source>
        <translation>Sende die Rolle an Spot…</translation>
    </message>
    <message>
        <source>the AWS role</source>
        <translation>die AWS-Rolle</translation>
    </message>
    <message>
        <source> (the first answer was lost; Spot confirmed it)</source>
        <translation> (die erste Antwort ging verloren; Spot hat es bestätigt)</translation>
    </message>
    <message>
        <source>Spot needs the client secret&apos;s expiry date.</source>
        <translation>Spot benötigt das Ablaufdatum des Clientgeheimnisses.</translation>
    </message>
    <message>
        <source>Enter when the client secret expires on the Credentials page.</source>
        <translation>Geben Sie auf der Seite „Zugangsdaten“ ein, wann das Clientgeheimnis abläuft.</translation>
    </message>
    <message>
        <source>Spot is validating the Azure credentials…</source>
        <translation>Spot prüft die Azure-Zugangsdaten…</translation>
    </message>
    <message>
        <source>validating the Azure credentials</source>
        <translation>die Prüfung der Azure-Zugangsdaten</translation>
    </message>
    <message>
        <source>reading the Azure credentials</source>
        <translation>das Lesen der Azure-Zugangsdaten</translation>
    </message>
    <message>
        <source>Spot account %1 already has Azure credentials (application %2, subscription %3); submitting would replace them.</source>
        <translation>Das Spot-Konto %1 hat bereits Azure-Zugangsdaten (Anwendung %2, Abonnement %3); das Einreichen würde sie ersetzen.</translation>
    </message>
    <message>
        <source>Confirm the replacement (headless: --replace).</source>
        <translation>Bestätigen Sie das Ersetzen (Kommandozeile: --replace).</translation>
    </message>
    <message>
        <source>Spot validated the credentials; would set application %1&apos;s secret again for account %2 (Spot shows stored secrets masked, so it is always sent).</source>
        <translation>Spot hat die Zugangsdaten geprüft; würde das Secret der Anwendung %1 für das Konto %2 erneut setzen (Spot zeigt gespeicherte Secrets nur maskiert, daher wird es immer gesendet).</translation>
    </message>
    <message>
        <source>Spot validated the credentials; would set them for account %1.</source>
        <translation>Spot hat die Zugangsdaten geprüft; würde sie für das Konto %1 setzen.</translation>
    </message>
    <message>
        <source>Spot account %1 now uses application %2 on subscription %3%4.</source>
        <translation>Das Spot-Konto %1 verwendet jetzt die Anwendung %2 im Abonnement %3%4.</translation>
    </message>
    <message>
        <source>Sending the Azure credentials to Spot…</source>
        <translation>Sende die Azure-Zugangsdaten an Spot…</translation>
    </message>
    <message>
        <source>the Azure credentials</source>
        <translation>die Azure-Zugangsdaten</translation>
    </message>
    <message>
        <source>Cancelled; nothing more was sent.</source>
        <translation>Abgebrochen; es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>The answer was lost; asking the platform whether %1 arrived…</source>
        <translation>Die Antwort ging verloren; frage bei der Plattform nach, ob %1 angekommen ist…</translation>
    </message>
    <message>
        <source>Running the live checks before anything is sent…</source>
        <translation>Führe die Live-Prüfungen aus, bevor etwas gesendet wird…</translation>
    </message>
    <message>
        <source>Not submitted: a check failed. Nothing was stored or sent to the platform; fix what the check names and submit again.</source>
        <translation>Nicht eingereicht: Eine Prüfung ist fehlgeschlagen. Es wurde nichts gespeichert oder an die Plattform gesendet; beheben Sie, was die Prüfung nennt, und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>Storing the secrets in the system keychain…</source>
        <translation>Speichere die Secrets im Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>Not submitted: the secrets could not be stored in the keychain (%1). Nothing was sent; fix the keychain and submit again, or submit without storing them (headless: --no-keychain).</source>
        <translation>Nicht eingereicht: Die Secrets ließen sich nicht im Schlüsselbund speichern (%1). Es wurde nichts gesendet; beheben Sie das Problem mit dem Schlüsselbund und reichen Sie erneut ein, oder reichen Sie ein, ohne sie zu speichern (Kommandozeile: --no-keychain).</translation>
    </message>
    <message>
        <source>Interrupted while waiting for the platform&apos;s answer: the request may or may not have been applied.</source>
        <translation>Beim Warten auf die Antwort der Plattform unterbrochen: Die Anfrage wurde möglicherweise schon angewendet, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Submit again: Cloud Connect first asks the platform what it holds and sends only what is missing, so nothing is created twice.</source>
        <translation>Reichen Sie erneut ein: Cloud Connect fragt zuerst bei der Plattform nach, was dort vorhanden ist, und sendet nur, was fehlt; so wird nichts doppelt angelegt.</translation>
    </message>
    <message>
        <source> Nothing was replaced.</source>
        <translation> Es wurde nichts ersetzt.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>the external id request</source>
        <translation>die Anfrage nach der externen ID</translation>
    </message>
    <message>
        <source>Spot answered without an external id.</source>
        <translation>Spot hat ohne externe ID geantwortet.</translation>
    </message>
</context>
<context>
    <name>cc::ArtefactView</name>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1. Choose another folder.</source>
        <translation>%1. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
</context>
<context>
    <name>cc::BillingPage</name>
    <message>
        <source>Detailed billing (optional)</source>
        <translation>Detaillierte Abrechnung (optional)</translation>
    </message>
    <message>
        <source>Lets Scalr&apos;s Cost Manager report real costs from the cloud&apos;s own billing data.</source>
        <translation>Damit kann der Cost Manager von Scalr die tatsächlichen Kosten aus den Abrechnungsdaten der Cloud selbst ausweisen.</translation>
    </message>
    <message>
        <source>AWS: billing reports are written to an S3 bucket of yours; Scalr reads them. Follow the checklist even if detailed billing is already on, so the reports have the format Scalr needs.

Azure: turn on Enable Detailed Billing in Scalr&apos;s credentials dialog and pick the resource tags to filter costs by.</source>
        <translation>AWS: Abrechnungsberichte werden in einen S3-Bucket in Ihrem Besitz geschrieben; Scalr liest sie dort aus. Arbeiten Sie die Checkliste auch dann ab, wenn die detaillierte Abrechnung bereits aktiviert ist, damit die Berichte das Format haben, das Scalr benötigt.

Azure: Aktivieren Sie im Zugangsdaten-Dialog von Scalr die Option „Enable Detailed Billing“ und wählen Sie die Ressourcen-Tags, nach denen Kosten gefiltert werden sollen.</translation>
    </message>
    <message>
        <source>&amp;Enable detailed billing for this AWS account</source>
        <translation>&amp;Detaillierte Abrechnung für dieses AWS-Konto aktivieren</translation>
    </message>
    <message>
        <source>Bucket &amp;region:</source>
        <translation>&amp;Region des Buckets:</translation>
    </message>
    <message>
        <source>Billing details are processed with an &lt;b&gt;8–12 hour delay&lt;/b&gt;: AWS posts updated billing information every 8 hours (the first processing can take 8–10 hours). This is not a Scalr delay.</source>
        <translation>Abrechnungsdetails werden mit einer &lt;b&gt;Verzögerung von 8–12 Stunden&lt;/b&gt; verarbeitet: AWS veröffentlicht alle 8 Stunden aktualisierte Abrechnungsinformationen (die erste Verarbeitung kann 8–10 Stunden dauern). Diese Verzögerung liegt nicht an Scalr.</translation>
    </message>
    <message>
        <source>With detailed billing on, custom Pricing List entries for AWS are &lt;b&gt;ignored&lt;/b&gt;: AWS provides the final cost. To add sub-charges, use &lt;b&gt;Markups&lt;/b&gt;.</source>
        <translation>Bei aktivierter detaillierter Abrechnung werden benutzerdefinierte Einträge der Pricing List für AWS &lt;b&gt;ignoriert&lt;/b&gt;: AWS liefert die endgültigen Kosten. Für Zuschläge verwenden Sie &lt;b&gt;Markups&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Create the bucket first — see &lt;a href=&quot;https://docs.aws.amazon.com/cur/latest/userguide/cur-s3.html&quot;&gt;AWS Billing and Cost Management: setting up an S3 bucket for reports&lt;/a&gt; for the bucket policy.</source>
        <translation>Erstellen Sie zuerst den Bucket — die Bucket-Richtlinie finden Sie unter &lt;a href=&quot;https://docs.aws.amazon.com/cur/latest/userguide/cur-s3.html&quot;&gt;AWS Billing and Cost Management: S3-Bucket für Berichte einrichten&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&amp;Enable detailed billing for this subscription</source>
        <translation>&amp;Detaillierte Abrechnung für dieses Abonnement aktivieren</translation>
    </message>
    <message>
        <source>&amp;Tags to filter by:</source>
        <translation>&amp;Tags zum Filtern:</translation>
    </message>
    <message>
        <source>e.g. costcenter, project (comma-separated)</source>
        <translation>z. B. costcenter, project (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Once enabled it may take a few hours for costs to show in Scalr. Resources you tag in Azure can then be filtered by these tags in Cost Manager.</source>
        <translation>Nach dem Aktivieren kann es einige Stunden dauern, bis Kosten in Scalr angezeigt werden. Ressourcen, die Sie in Azure mit Tags versehen, lassen sich dann im Cost Manager nach diesen Tags filtern.</translation>
    </message>
    <message>
        <source>S3 b&amp;ucket:</source>
        <translation>S3-&amp;Bucket:</translation>
    </message>
</context>
<context>
    <name>cc::BundlePassphraseDialog</name>
    <message>
        <source>Passphrase for the bundle</source>
        <translation>Passphrase für das Bündel</translation>
    </message>
    <message>
        <source>Open an encrypted bundle</source>
        <translation>Verschlüsseltes Bündel öffnen</translation>
    </message>
    <message>
        <source>The bundle holds the profile and its secrets, encrypted with this passphrase (AES-256-GCM). Give the passphrase to your colleague another way than the file.</source>
        <translation>Das Bündel enthält das Profil und seine Secrets, verschlüsselt mit dieser Passphrase (AES-256-GCM). Geben Sie die Passphrase Ihrer Kollegin oder Ihrem Kollegen auf anderem Weg als die Datei.</translation>
    </message>
    <message>
        <source>%1 is an encrypted bundle. Enter the passphrase it was written with.</source>
        <translation>%1 ist ein verschlüsseltes Bündel. Geben Sie die Passphrase ein, mit der es geschrieben wurde.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words are easy to pass on and hard to guess.</source>
        <translation>Mindestens 8 Zeichen; einige unzusammenhängende Wörter lassen sich leicht weitergeben und schwer erraten.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>cc::CheckResultsView</name>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Does not apply: %1.</source>
        <translation>Trifft nicht zu: %1.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warte auf die Antwort…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
</context>
<context>
    <name>cc::ChecklistView</name>
    <message>
        <source>&lt;b&gt;In the portal&lt;/b&gt; — tick each step when done; the time is recorded for the report.</source>
        <translation>&lt;b&gt;Im Portal&lt;/b&gt; — haken Sie jeden Schritt ab, sobald er erledigt ist; der Zeitpunkt wird für den Bericht festgehalten.</translation>
    </message>
    <message>
        <source>Done at %1</source>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>cc::CloudConnectWizard</name>
    <message>
        <source>Cloud Connect</source>
        <translation>Cloud Connect</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>Leave Cloud Connect?</source>
        <translation>Cloud Connect verlassen?</translation>
    </message>
    <message>
        <source>What you entered will be lost, including the secrets typed in (they are kept in memory only). Save the profile first to resume later.

Leave anyway?</source>
        <translation>Ihre Eingaben gehen verloren, auch die eingegebenen Geheimnisse (sie werden nur im Arbeitsspeicher gehalten). Speichern Sie zuerst das Profil, um später fortzufahren.

Trotzdem verlassen?</translation>
    </message>
    <message>
        <source>Open a saved profile</source>
        <translation>Gespeichertes Profil öffnen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Cloud Connect profiles (*.json)</source>
        <translation>Cloud-Connect-Profile (*.json)</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Choose another folder; your answers are still here.</source>
        <translation>%1

Wählen Sie einen anderen Ordner; Ihre Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reading the secrets from the system keychain…</source>
        <translation>Die Secrets werden aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Cloud Connect profiles and bundles (*.json *.ccbundle);;All files (*)</source>
        <translation>Cloud-Connect-Profile und -Bündel (*.json *.ccbundle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Bundle not opened</source>
        <translation>Bündel nicht geöffnet</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Stop waiting for the submission?</source>
        <translation>Nicht mehr auf die Einreichung warten?</translation>
    </message>
    <message>
        <source>Stop waiting and go back</source>
        <translation>Nicht mehr warten und zurück</translation>
    </message>
    <message>
        <source>The credentials are being submitted to %1. If you stop waiting now, you will not know whether %1 received them; the outcome is recorded as unknown. Submitting again later asks %1 first, so nothing is created twice.</source>
        <translation>Die Zugangsdaten werden gerade bei %1 eingereicht. Wenn Sie jetzt nicht mehr warten, wissen Sie nicht, ob %1 sie erhalten hat; das Ergebnis wird als unbekannt festgehalten. Erneutes Einreichen fragt zuerst bei %1 nach, sodass nichts doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <source>Leave while submitting?</source>
        <translation>Während der Einreichung beenden?</translation>
    </message>
    <message>
        <source>&amp;Stop waiting and leave</source>
        <translation>Nicht mehr warten und &amp;beenden</translation>
    </message>
</context>
<context>
    <name>cc::CloudPage</name>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Which cloud the platform will manage, and which of its separate clouds (partitions) it lives in.</source>
        <translation>Welche Cloud die Plattform verwalten soll und in welcher ihrer getrennten Clouds (Partitionen) sie sich befindet.</translation>
    </message>
    <message>
        <source>AWS partitions are separate clouds with their own accounts and endpoints: commercial (aws), AWS GovCloud (US) and AWS China. Azure likewise: Azure (public), Azure US Government and Azure China (21Vianet) each have their own sign-in, Resource Manager and portal. Microsoft Cloud Deutschland closed on 2021-10-29; its profiles can be opened but not used.</source>
        <translation>AWS-Partitionen sind getrennte Clouds mit eigenen Konten und Endpunkten: kommerziell (aws), AWS GovCloud (US) und AWS China. Ebenso bei Azure: Azure (öffentlich), Azure US Government und Azure China (21Vianet) haben jeweils eine eigene Anmeldung, einen eigenen Resource Manager und ein eigenes Portal. Microsoft Cloud Deutschland wurde am 29.10.2021 geschlossen; Profile dafür lassen sich öffnen, aber nicht verwenden.</translation>
    </message>
    <message>
        <source>&amp;Amazon Web Services (AWS)</source>
        <translation>&amp;Amazon Web Services (AWS)</translation>
    </message>
    <message>
        <source>Microsoft A&amp;zure</source>
        <translation>Microsoft Az&amp;ure</translation>
    </message>
    <message>
        <source>AWS partition</source>
        <translation>AWS-Partition</translation>
    </message>
    <message>
        <source>Commercial (aws)</source>
        <translation>Kommerziell (aws)</translation>
    </message>
    <message>
        <source>AWS GovCloud (US) (aws-us-gov)</source>
        <translation>AWS GovCloud (US) (aws-us-gov)</translation>
    </message>
    <message>
        <source>AWS China (aws-cn)</source>
        <translation>AWS China (aws-cn)</translation>
    </message>
    <message>
        <source>Azure cloud</source>
        <translation>Azure-Cloud</translation>
    </message>
    <message>
        <source>Azure (public) — AzureCloud</source>
        <translation>Azure (öffentlich) — AzureCloud</translation>
    </message>
    <message>
        <source>Azure US Government — AzureUSGovernment</source>
        <translation>Azure US Government — AzureUSGovernment</translation>
    </message>
    <message>
        <source>Azure China (21Vianet) — AzureChinaCloud</source>
        <translation>Azure China (21Vianet) — AzureChinaCloud</translation>
    </message>
    <message>
        <source>Azure Germany — retired since 2021-10-29</source>
        <translation>Azure Germany — eingestellt seit 29.10.2021</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>Azure &amp;cloud:</source>
        <translation>Azure-&amp;Cloud:</translation>
    </message>
    <message>
        <source>This profile uses Microsoft Cloud Deutschland (AzureGermanCloud), which closed on 2021-10-29. Choose the cloud the subscription was migrated to.</source>
        <translation>Dieses Profil verwendet Microsoft Cloud Deutschland (AzureGermanCloud), die am 29.10.2021 geschlossen wurde. Wählen Sie die Cloud, in die das Abonnement migriert wurde.</translation>
    </message>
</context>
<context>
    <name>cc::ConfigMergeDialog</name>
    <message>
        <source>Merge into %1</source>
        <translation>In %1 zusammenführen</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This file cannot be merged safely — line %1, column %2: %3.

The file was not changed. Add this entry by hand, merged into the existing app[:configuration], then run %4:</source>
        <translation>Diese Datei lässt sich nicht sicher zusammenführen — Zeile %1, Spalte %2: %3.

Die Datei wurde nicht geändert. Fügen Sie diesen Eintrag von Hand in die vorhandene app[:configuration] ein und führen Sie dann %4 aus:</translation>
    </message>
    <message>
        <source>%1 Nothing needs to change.</source>
        <translation>%1 Es muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>%1 Only these lines change; every other line stays as it is. A backup is written next to the file first.</source>
        <translation>%1 Nur diese Zeilen ändern sich; jede andere Zeile bleibt, wie sie ist. Vorher wird neben der Datei eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source> (merged)</source>
        <translation> (zusammengeführt)</translation>
    </message>
    <message>
        <source>&amp;Write (backup first)</source>
        <translation>&amp;Schreiben (mit Sicherung)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Written. The previous version is in %1.

Now run on the Scalr server: %2</source>
        <translation>Geschrieben. Die vorherige Fassung liegt in %1.

Führen Sie jetzt auf dem Scalr-Server aus: %2</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionPolicyPage</name>
    <message>
        <source>Instance connection policy</source>
        <translation>Verbindungsrichtlinie für Instanzen</translation>
    </message>
    <message>
        <source>How Scalr reaches the instances it manages: by public IP, by private IP, or whichever exists.</source>
        <translation>Wie Scalr die verwalteten Instanzen erreicht: über die öffentliche IP, über die private IP oder über die jeweils vorhandene.</translation>
    </message>
    <message>
        <source>Auto is the default and needs no change on the Scalr server. Public and local are set in /etc/scalr-server/scalr-server.rb under app[:configuration], merged with the entries already there, followed by sudo scalr-server-ctl reconfigure.</source>
        <translation>Auto ist die Standardeinstellung und erfordert keine Änderung am Scalr-Server. Öffentlich (public) und Lokal (local) werden in /etc/scalr-server/scalr-server.rb unter app[:configuration] gesetzt, zusammengeführt mit den dort bereits vorhandenen Einträgen; anschließend wird sudo scalr-server-ctl reconfigure ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Auto (default)</source>
        <translation>&amp;Auto (Standard)</translation>
    </message>
    <message>
        <source>Scalr connects to an instance&apos;s public IP if it has one, otherwise falls back to its private IP.</source>
        <translation>Scalr verbindet sich mit der öffentlichen IP einer Instanz, sofern vorhanden, andernfalls mit ihrer privaten IP.</translation>
    </message>
    <message>
        <source>&amp;Public</source>
        <translation>Ö&amp;ffentlich</translation>
    </message>
    <message>
        <source>Scalr connects ONLY to public IPs. Use this only if ALL instances managed by Scalr will have a public IP.</source>
        <translation>Scalr verbindet sich NUR mit öffentlichen IPs. Verwenden Sie diese Option nur, wenn ALLE von Scalr verwalteten Instanzen eine öffentliche IP haben werden.</translation>
    </message>
    <message>
        <source>&amp;Local</source>
        <translation>&amp;Lokal</translation>
    </message>
    <message>
        <source>Scalr connects ONLY to private IPs. This works only if one of the following holds:</source>
        <translation>Scalr verbindet sich NUR mit privaten IPs. Das funktioniert nur, wenn eine der folgenden Bedingungen erfüllt ist:</translation>
    </message>
    <message>
        <source>All managed instances are in the same VPC as the Scalr server</source>
        <translation>Alle verwalteten Instanzen befinden sich in derselben VPC wie der Scalr-Server</translation>
    </message>
    <message>
        <source>All managed instances are in the same virtual network as the Scalr server</source>
        <translation>Alle verwalteten Instanzen befinden sich im selben virtuellen Netzwerk wie der Scalr-Server</translation>
    </message>
    <message>
        <source>There is routing or peering to every other network where managed instances reside</source>
        <translation>Es besteht Routing oder Peering zu jedem anderen Netzwerk, in dem sich verwaltete Instanzen befinden</translation>
    </message>
    <message>
        <source>There are VPN connections to every other network where managed instances reside</source>
        <translation>Es bestehen VPN-Verbindungen zu jedem anderen Netzwerk, in dem sich verwaltete Instanzen befinden</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Keine davon</translation>
    </message>
    <message>
        <source>Without one of these Scalr cannot reach private IPs and every managed instance will be unreachable. Choose Auto, or set up peering or VPN first.</source>
        <translation>Ohne eine dieser Voraussetzungen kann Scalr keine privaten IPs erreichen, und alle verwalteten Instanzen sind nicht erreichbar. Wählen Sie Auto oder richten Sie zuerst Peering oder VPN ein.</translation>
    </message>
    <message>
        <source>Auto is Scalr&apos;s default: nothing needs to change in scalr-server.rb.</source>
        <translation>Auto ist die Standardeinstellung von Scalr: In scalr-server.rb muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>scalr-server.rb entry</source>
        <translation>Eintrag in scalr-server.rb</translation>
    </message>
    <message>
        <source>&amp;Merge into a scalr-server.rb…</source>
        <translation>In eine scalr-server.rb zusammenführ&amp;en…</translation>
    </message>
    <message>
        <source>Pick your scalr-server.rb (a copy, or the real one on the Scalr server): you see the change before anything is written, and a backup is kept.</source>
        <translation>Wählen Sie Ihre scalr-server.rb (eine Kopie oder die echte auf dem Scalr-Server): Sie sehen die Änderung, bevor etwas geschrieben wird, und eine Sicherung bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>cc::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The values from the identity you just created. Secrets are masked and go only to the system keychain.</source>
        <translation>Die Werte der soeben erstellten Identität. Geheimnisse werden maskiert und ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>AWS: the Access Key ID (AKIA… or ASIA…, 20 characters) and the Secret Access Key (40 characters) from IAM → Users → Security credentials → Create access key.

Azure: the Directory (tenant) ID from Entra ID → Properties, the Application (client) ID from the app registration, the Subscription ID from the subscription&apos;s Overview, and the client secret&apos;s value with its expiry date.</source>
        <translation>AWS: die Access Key ID (AKIA… oder ASIA…, 20 Zeichen) und der Secret Access Key (40 Zeichen) aus IAM → Users → Security credentials → Create access key.

Azure: die Directory (tenant) ID aus Entra ID → Properties, die Application (client) ID aus der App-Registrierung, die Subscription ID aus der Overview-Seite des Abonnements sowie der Wert des Clientgeheimnisses mit seinem Ablaufdatum.</translation>
    </message>
    <message>
        <source>Optional for Spot: Spot uses the role, not a key. An access key of the account that holds the role only lets the wizard confirm the account; it is never sent to Spot.</source>
        <translation>Optional für Spot: Spot verwendet die Rolle, keinen Schlüssel. Ein Zugriffsschlüssel des Kontos, zu dem die Rolle gehört, dient dem Assistenten nur zur Bestätigung des Kontos; er wird nie an Spot gesendet.</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Directory (&amp;tenant) ID:</source>
        <translation>Verzeichnis-ID (&amp;Mandant):</translation>
    </message>
    <message>
        <source>Tenant &amp;domain:</source>
        <translation>Mandanten&amp;domäne:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Clientgeh&amp;eimnis:</translation>
    </message>
    <message>
        <source>Client secret expires on</source>
        <translation>Ablaufdatum des Clientgeheimnisses</translation>
    </message>
    <message>
        <source>Secret e&amp;xpires on:</source>
        <translation>Ab&amp;laufdatum des Geheimnisses:</translation>
    </message>
    <message>
        <source>Scalr: the secret MUST NOT contain “+” or “/” — these cause API errors. If yours has either, generate a new secret without them.</source>
        <translation>Scalr: Das Geheimnis DARF KEIN „+“ oder „/“ enthalten — diese Zeichen verursachen API-Fehler. Enthält Ihr Geheimnis eines davon, erzeugen Sie ein neues ohne diese Zeichen.</translation>
    </message>
    <message>
        <source>Save secrets to the &amp;keychain</source>
        <translation>Secrets im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Stores this profile&apos;s secrets (platform and cloud) in the system keychain, never in a file.</source>
        <translation>Speichert die Secrets dieses Profils (Plattform und Cloud) im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Storing the secrets in the system keychain…</source>
        <translation>Die Secrets werden im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>S&amp;ubscription ID:</source>
        <translation>A&amp;bonnement-ID:</translation>
    </message>
</context>
<context>
    <name>cc::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Save what you prepared and continue on the platform.</source>
        <translation>Speichern Sie, was Sie vorbereitet haben, und fahren Sie auf der Plattform fort.</translation>
    </message>
    <message>
        <source>Save the profile to keep every answer (no secrets) for next time. Open the platform&apos;s page to continue there.</source>
        <translation>Speichern Sie das Profil, um alle Antworten (ohne Geheimnisse) für das nächste Mal aufzubewahren. Öffnen Sie die Seite der Plattform, um dort fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation>Profil spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Open the platform in the browser</source>
        <translation>&amp;Plattform im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export summary report</source>
        <translation>Zusammenfassenden Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>not exported</source>
        <translation>nicht exportiert</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md or .json.</source>
        <translation>Wählen Sie eine Datei mit der Endung .pdf, .html, .md oder .json.</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message>
        <source>%1

Nothing you entered was lost.</source>
        <translation>%1

Nichts von Ihren Eingaben ist verloren.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: go Back to the Review page and Submit, or save the profile and run “cloudconnect submit” later. Export the report for the change record.</source>
        <translation>An %1 wurde nichts gesendet: Gehen Sie zurück zur Seite Überblick und reichen Sie ein, oder speichern Sie das Profil und führen Sie später „cloudconnect submit“ aus. Exportieren Sie den Bericht für den Change-Record.</translation>
    </message>
    <message>
        <source>%1 accepted the credentials (%2, id %3). %4 The secrets are in the system keychain.</source>
        <translation>%1 hat die Zugangsdaten angenommen (%2, ID %3). %4 Die Secrets liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>One step is left in %1&apos;s web UI: %2</source>
        <translation>Ein Schritt bleibt in der Weboberfläche von %1: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the submission: %2 %3</source>
        <translation>%1 hat die Einreichung nicht angenommen: %2 %3</translation>
    </message>
    <message>
        <source>Export for a &amp;colleague…</source>
        <translation>Für &amp;Kollegen exportieren…</translation>
    </message>
    <message>
        <source>The profile and its secrets in one encrypted file (AES-256-GCM, passphrase).</source>
        <translation>Das Profil und seine Secrets in einer verschlüsselten Datei (AES-256-GCM, Passphrase).</translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation>Für Kollegen exportieren</translation>
    </message>
    <message>
        <source>Cloud Connect bundles (*.ccbundle)</source>
        <translation>Cloud-Connect-Bündel (*.ccbundle)</translation>
    </message>
    <message>
        <source>Bundle not exported</source>
        <translation>Bündel nicht exportiert</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>Das Paket konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>environment %1: linked</source>
        <translation>Umgebung %1: verknüpft</translation>
    </message>
    <message>
        <source>environment %1: not linked — %2</source>
        <translation>Umgebung %1: nicht verknüpft – %2</translation>
    </message>
    <message>
        <source>%1 holds the credentials (id %2), but not every environment uses them yet:
%3
%4</source>
        <translation>%1 hat die Zugangsdaten (ID %2), aber noch nicht jede Umgebung verwendet sie:
%3
%4</translation>
    </message>
    <message>
        <source>Whether %1 received the credentials is not known: %2 %3</source>
        <translation>Ob %1 die Zugangsdaten erhalten hat, ist nicht bekannt: %2 %3</translation>
    </message>
</context>
<context>
    <name>cc::IdentityPage</name>
    <message>
        <source>Identity and permissions</source>
        <translation>Identität und Berechtigungen</translation>
    </message>
    <message>
        <source>Create the identity the platform will use, with exactly the permissions it needs.</source>
        <translation>Erstellen Sie die Identität, die die Plattform verwenden wird, mit genau den Berechtigungen, die sie benötigt.</translation>
    </message>
    <message>
        <source>Scalr + AWS: a dedicated IAM user with the minimum policy shown, and an access key for it.

Spot + AWS: an IAM role that trusts Spot&apos;s AWS account (922761411349) only with your external id; deploy the CloudFormation template, then paste the role&apos;s ARN.

Azure: an app registration (service principal) with a client secret, the API permissions listed (Scalr), admin consent (“Grant permissions”, up to 15 minutes to take effect) and the Contributor role on the subscription. The az commands do the same from a shell.

Copy or save each generated text; tick each portal step when done.</source>
        <translation>Scalr + AWS: ein eigener IAM-Benutzer mit der angezeigten Mindestrichtlinie und ein Zugriffsschlüssel dafür.

Spot + AWS: eine IAM-Rolle, die dem AWS-Konto von Spot (922761411349) nur mit Ihrer externen ID vertraut; stellen Sie die CloudFormation-Vorlage bereit und fügen Sie dann den ARN der Rolle ein.

Azure: eine App-Registrierung (Dienstprinzipal) mit einem Clientgeheimnis, den aufgeführten API-Berechtigungen (Scalr), der Administratorzustimmung („Grant permissions“, wird nach bis zu 15 Minuten wirksam) und der Rolle Contributor für das Abonnement. Die az-Befehle erledigen dasselbe in einer Shell.

Kopieren oder speichern Sie jeden erzeugten Text; haken Sie jeden Portalschritt ab, sobald er erledigt ist.</translation>
    </message>
    <message>
        <source>Create (or reuse) an IAM user for Scalr with at least the permissions below. Need help with users and policies? See the &lt;a href=&quot;https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html&quot;&gt;AWS Identity and Access Management documentation&lt;/a&gt;.</source>
        <translation>Erstellen Sie einen IAM-Benutzer für Scalr (oder verwenden Sie einen vorhandenen) mit mindestens den unten aufgeführten Berechtigungen. Hilfe zu Benutzern und Richtlinien finden Sie in der &lt;a href=&quot;https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html&quot;&gt;Dokumentation zu AWS Identity and Access Management&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>&amp;Role name:</source>
        <translation>&amp;Rollenname:</translation>
    </message>
    <message>
        <source>Role &amp;ARN (after creating it):</source>
        <translation>&amp;ARN der Rolle (nach dem Erstellen):</translation>
    </message>
    <message>
        <source>App &amp;ID URI:</source>
        <translation>App &amp;ID URI:</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> Jahr(e)</translation>
    </message>
    <message>
        <source>Client secret lifetime</source>
        <translation>Gültigkeitsdauer des Clientgeheimnisses</translation>
    </message>
    <message>
        <source>Client secret &amp;lifetime:</source>
        <translation>&amp;Gültigkeitsdauer des Clientgeheimnisses:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-on URL&lt;/b&gt;: the address you use for the Scalr web UI — routing[:endpoint_host] in scalr-server.rb. &lt;b&gt;App ID URI&lt;/b&gt;: https://&amp;lt;your directory&apos;s domain&amp;gt;/&amp;lt;app&amp;gt;, the domain from “Domains” in the same directory.</source>
        <translation>&lt;b&gt;Sign-on URL&lt;/b&gt;: die Adresse, unter der Sie die Scalr-Weboberfläche aufrufen — routing[:endpoint_host] in scalr-server.rb. &lt;b&gt;App ID URI&lt;/b&gt;: https://&amp;lt;Domäne Ihres Verzeichnisses&amp;gt;/&amp;lt;app&amp;gt;, mit der Domäne aus „Domains“ im selben Verzeichnis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required permissions&lt;/b&gt; (all of them — missing ones lead to unexpected behaviour):&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows Azure Active Directory&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Delegated: Sign in and read user profile&lt;/li&gt;&lt;li&gt;Delegated: Access the directory as the signed-in user&lt;/li&gt;&lt;li&gt;Application: Read directory data&lt;/li&gt;&lt;li&gt;Application: Read and write directory data&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Windows Azure Service Management API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Delegated: Access Azure Service Management&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Erforderliche Berechtigungen&lt;/b&gt; (alle — fehlende führen zu unerwartetem Verhalten):&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows Azure Active Directory&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Delegated (delegiert): Sign in and read user profile&lt;/li&gt;&lt;li&gt;Delegated (delegiert): Access the directory as the signed-in user&lt;/li&gt;&lt;li&gt;Application (Anwendung): Read directory data&lt;/li&gt;&lt;li&gt;Application (Anwendung): Read and write directory data&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Windows Azure Service Management API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Delegated (delegiert): Access Azure Service Management&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>You MUST select &lt;b&gt;Grant permissions&lt;/b&gt; to make the permission changes active. It may take up to &lt;b&gt;15 minutes&lt;/b&gt; to take effect and for the subscription to become selectable in Scalr.</source>
        <translation>Sie MÜSSEN &lt;b&gt;Grant permissions&lt;/b&gt; auswählen, damit die geänderten Berechtigungen aktiv werden. Es kann bis zu &lt;b&gt;15 Minuten&lt;/b&gt; dauern, bis die Änderung wirksam wird und das Abonnement in Scalr auswählbar ist.</translation>
    </message>
    <message>
        <source>Finally, the app needs the &lt;b&gt;Contributor&lt;/b&gt; role on the subscription (Subscription → Access control (IAM)). If the app is not offered in the list, type its name anyway.</source>
        <translation>Zum Schluss benötigt die App die Rolle &lt;b&gt;Contributor&lt;/b&gt; für das Abonnement (Subscription → Access control (IAM)). Wird die App in der Liste nicht angeboten, geben Sie ihren Namen trotzdem ein.</translation>
    </message>
    <message>
        <source>Portal for %1: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; — &lt;a href=&quot;%3&quot;&gt;App registrations&lt;/a&gt; — &lt;a href=&quot;%4&quot;&gt;Subscriptions&lt;/a&gt;</source>
        <translation>Portal für %1: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; — &lt;a href=&quot;%3&quot;&gt;App registrations&lt;/a&gt; — &lt;a href=&quot;%4&quot;&gt;Subscriptions&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read the sign-on URL from scalr-server.rb…</source>
        <translation>Anmelde-URL aus scalr-server.rb lesen…</translation>
    </message>
    <message>
        <source>No endpoint host found</source>
        <translation>Kein Endpunkt-Host gefunden</translation>
    </message>
    <message>
        <source>%1 has no routing[:endpoint_host] = &quot;…&quot; line. Enter the address of the Scalr web UI instead.</source>
        <translation>%1 enthält keine Zeile routing[:endpoint_host] = &quot;…&quot;. Geben Sie stattdessen die Adresse der Scalr-Weboberfläche ein.</translation>
    </message>
    <message>
        <source>&amp;Get it from Spot</source>
        <translation>Von Spot a&amp;bholen</translation>
    </message>
    <message>
        <source>Spot issues the external id for your account (Get it from Spot asks Spot&apos;s API with the token from the Platform page; the Spot console shows it too under Settings → Cloud accounts → Connect AWS account). It goes into the trust policy, so that only Spot acting for your account can assume the role.</source>
        <translation>Spot vergibt die External ID für Ihr Konto („Von Spot holen“ fragt die API von Spot mit dem Token von der Seite Plattform; die Spot-Konsole zeigt sie auch unter Settings → Cloud accounts → Connect AWS account). Sie kommt in die Vertrauensrichtlinie, damit nur Spot im Auftrag Ihres Kontos die Rolle übernehmen kann.</translation>
    </message>
    <message>
        <source>Enter the Spot API token on the Platform page first.</source>
        <translation>Geben Sie zuerst das Spot-API-Token auf der Seite Plattform ein.</translation>
    </message>
    <message>
        <source>Received from Spot.</source>
        <translation>Von Spot erhalten.</translation>
    </message>
    <message>
        <source>Asking Spot…</source>
        <translation>Spot wird gefragt…</translation>
    </message>
    <message>
        <source>App registration na&amp;me:</source>
        <translation>&amp;Name der App-Registrierung:</translation>
    </message>
    <message>
        <source>Sign-on &amp;URL:</source>
        <translation>Sign-on-&amp;URL:</translation>
    </message>
</context>
<context>
    <name>cc::ImportReviewDialog</name>
    <message>
        <source>Review the profile before applying it</source>
        <translation>Profil vor dem Übernehmen prüfen</translation>
    </message>
    <message>
        <source>The profile cannot be opened</source>
        <translation>Das Profil kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not applied; nothing in the wizard changed. Fix these %n problem(s) and open it again:</source>
        <translation>
            <numerusform>%1 wurde nicht übernommen; im Assistenten wurde nichts geändert. %n Problem muss behoben werden; öffnen Sie die Datei danach erneut:</numerusform>
            <numerusform>%1 wurde nicht übernommen; im Assistenten wurde nichts geändert. %n Probleme müssen behoben werden; öffnen Sie die Datei danach erneut:</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(gesamte Datei)</translation>
    </message>
    <message numerus="yes">
        <source>Applying %1 changes %n answer(s). Nothing changes until you choose Apply.</source>
        <translation>
            <numerusform>Das Übernehmen von %1 ändert %n Antwort. Erst wenn Sie „Übernehmen“ wählen, wird etwas geändert.</numerusform>
            <numerusform>Das Übernehmen von %1 ändert %n Antworten. Erst wenn Sie „Übernehmen“ wählen, wird etwas geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>Still to fill in:</source>
        <translation>Noch auszufüllen:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(the standard one)</source>
        <translation>(die Standardadresse)</translation>
    </message>
    <message>
        <source>This file changes where your credentials are sent or which certificate authorities are trusted:
%1
Secrets in your keychain are used only with the addresses they were stored for. If you did not expect these addresses, choose Cancel.</source>
        <translation>Diese Datei ändert, wohin Ihre Zugangsdaten gesendet werden oder welchen Zertifizierungsstellen vertraut wird:
%1
Geheimnisse aus Ihrem Schlüsselbund werden nur mit den Adressen verwendet, für die sie gespeichert wurden. Wenn Sie diese Adressen nicht erwartet haben, wählen Sie Abbrechen.</translation>
    </message>
</context>
<context>
    <name>cc::InfoBanner</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>cc::JourneySideBar</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Connection policy</source>
        <translation>Verbindungsrichtlinie</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Steps of this onboarding</source>
        <translation>Schritte dieses Onboardings</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (current)</source>
        <translation>Schritt %1 von %2: %3 (aktuell)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>cc::KeychainStatus</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Secrets stored in the system keychain for “%1” at %2.</source>
        <translation>Secrets für „%1“ um %2 im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Secrets for “%1” were read from the system keychain.</source>
        <translation>Die Secrets für „%1“ wurden aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>The stored secrets of “%1” were deleted from the keychain.</source>
        <translation>Die gespeicherten Secrets von „%1“ wurden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>No secrets are stored for “%1” yet; enter them on the Platform and Credentials pages.</source>
        <translation>Für „%1“ sind noch keine Secrets gespeichert; geben Sie sie auf den Seiten Plattform und Zugangsdaten ein.</translation>
    </message>
    <message>
        <source>%1 %2 Everything you entered is still here.</source>
        <translation>%1 %2 Alles, was Sie eingegeben haben, ist noch da.</translation>
    </message>
</context>
<context>
    <name>cc::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>The network the managed instances will live in.</source>
        <translation>Das Netzwerk, in dem sich die verwalteten Instanzen befinden werden.</translation>
    </message>
    <message>
        <source>AWS: the region and the id of the VPC for the managed instances (VPC console → Your VPCs). EC2-Classic is shared with every other AWS customer in the region and is not acceptable.

Azure: the resource group and name of the virtual network (or its full resource id, from the network&apos;s Properties → Resource ID).</source>
        <translation>AWS: die Region und die ID der VPC für die verwalteten Instanzen (VPC console → Your VPCs). EC2-Classic wird mit allen anderen AWS-Kunden in der Region geteilt und ist nicht akzeptabel.

Azure: die Ressourcengruppe und der Name des virtuellen Netzwerks (oder seine vollständige Ressourcen-ID aus Properties → Resource ID des Netzwerks).</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;VPC id:</source>
        <translation>&amp;VPC-ID:</translation>
    </message>
    <message>
        <source>Use a VPC. Every AWS user can still reach the EC2-Classic network, but it is shared with all other customers in the region and is typically &lt;b&gt;not acceptable&lt;/b&gt;. No VPC yet? See the &lt;a href=&quot;https://docs.aws.amazon.com/vpc/latest/userguide/create-vpc.html&quot;&gt;Amazon VPC documentation&lt;/a&gt;.</source>
        <translation>Verwenden Sie eine VPC. Jeder AWS-Benutzer kann zwar weiterhin das EC2-Classic-Netzwerk erreichen, es wird jedoch mit allen anderen Kunden in der Region geteilt und ist in der Regel &lt;b&gt;nicht akzeptabel&lt;/b&gt;. Noch keine VPC vorhanden? Siehe die &lt;a href=&quot;https://docs.aws.amazon.com/vpc/latest/userguide/create-vpc.html&quot;&gt;Dokumentation zu Amazon VPC&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>Ressourcen&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Virtual network:</source>
        <translation>Virtuelles &amp;Netzwerk:</translation>
    </message>
    <message>
        <source>name, or full resource id /subscriptions/…/virtualNetworks/…</source>
        <translation>Name oder vollständige Ressourcen-ID /subscriptions/…/virtualNetworks/…</translation>
    </message>
    <message>
        <source>The instances need an Azure Virtual Network. To create one, see the &lt;a href=&quot;https://learn.microsoft.com/azure/virtual-network/quick-create-portal&quot;&gt;Virtual Network documentation&lt;/a&gt;.</source>
        <translation>Die Instanzen benötigen ein Azure Virtual Network. Wie Sie eines erstellen, erfahren Sie in der &lt;a href=&quot;https://learn.microsoft.com/azure/virtual-network/quick-create-portal&quot;&gt;Dokumentation zu Virtual Network&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>cc::PlatformPage</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Which platform will manage the cloud account, and its API credentials.</source>
        <translation>Welche Plattform das Cloud-Konto verwalten soll, und deren API-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Scalr: the address of your Scalr server and an API key (Scalr → your profile → API access). The key&apos;s secret goes to the system keychain. The scope decides who can use the credentials.

Spot: the API endpoint (normally https://api.spotinst.io), the account id (act-…) from Settings → Account, and an API token from Settings → API.</source>
        <translation>Scalr: die Adresse Ihres Scalr-Servers und ein API-Schlüssel (Scalr → your profile → API access). Der geheime Schlüssel wird im Schlüsselbund des Systems gespeichert. Der Geltungsbereich legt fest, wer die Zugangsdaten verwenden kann.

Spot: der API-Endpunkt (normalerweise https://api.spotinst.io), die Konto-ID (act-…) aus Settings → Account und ein API-Token aus Settings → API.</translation>
    </message>
    <message>
        <source>S&amp;calr — cloud management platform (self-hosted or hosted)</source>
        <translation>S&amp;calr — Cloud-Management-Plattform (selbst oder extern gehostet)</translation>
    </message>
    <message>
        <source>S&amp;pot (Spotinst) — cost-optimised compute</source>
        <translation>S&amp;pot (Spotinst) — kostenoptimierte Rechenkapazität</translation>
    </message>
    <message>
        <source>Scalr &amp;server URL:</source>
        <translation>Scalr-&amp;Server-URL:</translation>
    </message>
    <message>
        <source>API &amp;key id:</source>
        <translation>API-Schlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Account — available to the environments of one account</source>
        <translation>Konto (Account) — verfügbar für die Umgebungen eines Kontos</translation>
    </message>
    <message>
        <source>Environment — only the environments listed below</source>
        <translation>Umgebung (Environment) — nur die unten aufgeführten Umgebungen</translation>
    </message>
    <message>
        <source>Scalr — available to every account</source>
        <translation>Scalr — verfügbar für jedes Konto</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Credentials added at the Scalr scope are available to &lt;b&gt;all accounts&lt;/b&gt;. Only use the Scalr scope if every account is trusted to use this cloud account.</source>
        <translation>Zugangsdaten im Geltungsbereich Scalr stehen &lt;b&gt;allen Konten&lt;/b&gt; zur Verfügung. Verwenden Sie den Geltungsbereich Scalr nur, wenn jedem Konto die Nutzung dieses Cloud-Kontos anvertraut werden kann.</translation>
    </message>
    <message>
        <source>&amp;Environment ids to link:</source>
        <translation>Zu verknüpfende &amp;Umgebungs-IDs:</translation>
    </message>
    <message>
        <source>e.g. 5, 7 — the environments that will use these credentials</source>
        <translation>z. B. 5, 7 — die Umgebungen, die diese Zugangsdaten verwenden werden</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Every call to Spot carries the token as &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; and the account as &lt;tt&gt;?accountId=act-…&lt;/tt&gt;. The token goes to the system keychain.</source>
        <translation>Jeder Aufruf an Spot überträgt das Token als &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; und das Konto als &lt;tt&gt;?accountId=act-…&lt;/tt&gt;. Das Token wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>API secret ke&amp;y:</source>
        <translation>&amp;Geheimer API-Schlüssel:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Geltungs&amp;bereich:</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>C&amp;redentials name in Scalr:</source>
        <translation>&amp;Name der Zugangsdaten in Scalr:</translation>
    </message>
</context>
<context>
    <name>cc::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Everything you entered, on one page. Secrets are never shown here.</source>
        <translation>Alle Ihre Eingaben auf einer Seite. Geheimnisse werden hier nie angezeigt.</translation>
    </message>
    <message>
        <source>Summary of your answers</source>
        <translation>Zusammenfassung Ihrer Antworten</translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation>Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>Still missing before this can be verified or submitted:&lt;br&gt;%1</source>
        <translation>Fehlt noch, bevor geprüft oder übermittelt werden kann:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Check every answer. Use Back to change one; nothing is lost. “What will be sent” shows the exact body for the platform, secrets masked. Submit stores the secrets in the system keychain, then sends the credentials; if the platform already has credentials of that name that differ, you are asked before anything is replaced, and submitting again never creates a second object. Save the profile to repeat this onboarding for another account or to finish later.</source>
        <translation>Prüfen Sie jede Antwort. Mit „Zurück“ ändern Sie eine; nichts geht verloren. „Was gesendet wird“ zeigt den genauen Inhalt für die Plattform, Secrets maskiert. „Einreichen“ speichert die Secrets im Schlüsselbund des Systems und sendet dann die Zugangsdaten; hat die Plattform schon abweichende Zugangsdaten dieses Namens, werden Sie gefragt, bevor etwas ersetzt wird, und erneutes Einreichen legt nie ein zweites Objekt an. Speichern Sie das Profil, um dieses Onboarding für ein anderes Konto zu wiederholen oder später abzuschließen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will be sent&lt;/b&gt; (secrets masked)</source>
        <translation>&lt;b&gt;Was gesendet wird&lt;/b&gt; (Secrets maskiert)</translation>
    </message>
    <message>
        <source>What will be sent to the platform</source>
        <translation>Was an die Plattform gesendet wird</translation>
    </message>
    <message>
        <source>Not submitted: fill in what is listed as missing above.</source>
        <translation>Nicht eingereicht: Ergänzen Sie, was oben als fehlend aufgeführt ist.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Replace the existing credentials?</source>
        <translation>Vorhandene Zugangsdaten ersetzen?</translation>
    </message>
    <message>
        <source>%1

Replace them with the credentials you prepared?</source>
        <translation>%1

Sollen sie durch die vorbereiteten Zugangsdaten ersetzt werden?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(ID %1)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>To %1:
%2</source>
        <translation>An %1:
%2</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>The field is marked on the %1 page (Back).</source>
        <translation>Das Feld ist auf der Seite %1 markiert (Zurück).</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>the wizard was closed</source>
        <translation>der Assistent wurde geschlossen</translation>
    </message>
    <message>
        <source>Not submitted: a check failed, so nothing was stored or sent. The Verify page (Back) shows the cause and the fix.</source>
        <translation>Nicht übermittelt: Eine Prüfung ist fehlgeschlagen, daher wurde nichts gespeichert oder gesendet. Die Seite „Prüfen“ (Zurück) zeigt Ursache und Abhilfe.</translation>
    </message>
    <message>
        <source>Not submitted: the secrets could not be stored in the system keychain. Nothing was sent and everything you entered is still here; Submit again once the keychain works.</source>
        <translation>Nicht übermittelt: Die Geheimnisse konnten nicht im Schlüsselbund des Systems gespeichert werden. Es wurde nichts gesendet und alle Eingaben sind noch vorhanden; übermitteln Sie erneut, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Environment %1: linked</source>
        <translation>Umgebung %1: verknüpft</translation>
    </message>
    <message>
        <source>Environment %1: not linked — %2</source>
        <translation>Umgebung %1: nicht verknüpft – %2</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>S&amp;ubmit again</source>
        <translation>Erneut &amp;einreichen</translation>
    </message>
    <message>
        <source>S&amp;ubmit to Spot</source>
        <translation>Bei Spot &amp;einreichen</translation>
    </message>
    <message>
        <source>S&amp;ubmit to Scalr</source>
        <translation>Bei Scalr &amp;einreichen</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht übermittelt: %1</translation>
    </message>
</context>
<context>
    <name>cc::ScalrServerRb</name>
    <message>
        <source>Choose scalr-server.rb</source>
        <translation>scalr-server.rb auswählen</translation>
    </message>
    <message>
        <source>scalr-server.rb (*.rb);;All files (*)</source>
        <translation>scalr-server.rb (*.rb);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cc::StartPage</name>
    <message>
        <source>Connect a cloud account to Scalr or Spot</source>
        <translation>Cloud-Konto mit Scalr oder Spot verbinden</translation>
    </message>
    <message>
        <source>Name this onboarding to start a new one: the name keys the saved profile and its keychain entry. To repeat an earlier onboarding, open its saved profile (a .json file without secrets); you will see what it changes before anything is applied.</source>
        <translation>Geben Sie einen Namen ein, um ein neues Onboarding zu beginnen: Der Name identifiziert das gespeicherte Profil und seinen Eintrag im Schlüsselbund. Um ein früheres Onboarding zu wiederholen, öffnen Sie dessen gespeichertes Profil (eine .json-Datei ohne Geheimnisse); Sie sehen, was es ändert, bevor etwas übernommen wird.</translation>
    </message>
    <message>
        <source>e.g. prod-aws</source>
        <translation>z. B. prod-aws</translation>
    </message>
    <message>
        <source>&amp;Recent profiles (double-click or Enter to open):</source>
        <translation>Zu&amp;letzt verwendete Profile (zum Öffnen doppelklicken oder Eingabetaste drücken):</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  ⚠ secret expires %1</source>
        <translation>  ⚠ Geheimnis läuft ab am %1</translation>
    </message>
    <message>
        <source>The client secret of this profile expires within 30 days: create a new one and update the platform.</source>
        <translation>Das Clientgeheimnis dieses Profils läuft innerhalb von 30 Tagen ab: Erstellen Sie ein neues und aktualisieren Sie die Plattform.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Prepare the cloud side, check every answer, keep secrets out of files.</source>
        <translation>Die Cloud-Seite vorbereiten, jede Antwort prüfen, Secrets aus Dateien heraushalten.</translation>
    </message>
    <message>
        <source>Re&amp;move selected and delete its stored secrets…</source>
        <translation>Ent&amp;fernen und Secrets löschen…</translation>
    </message>
    <message>
        <source>Reading the secrets from the system keychain…</source>
        <translation>Die Secrets werden aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Profiles never hold secrets: those stay in the keychain.</source>
        <translation>Secrets stehen nie im Profil, nur im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the recent list and delete the secrets stored for “%2” from the system keychain?

The profile file itself stays where it is.</source>
        <translation>%1 aus der Liste der zuletzt verwendeten entfernen und die für „%2“ gespeicherten Secrets aus dem Schlüsselbund des Systems löschen?

Die Profildatei selbst bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Deleting the stored secrets…</source>
        <translation>Die gespeicherten Secrets werden gelöscht…</translation>
    </message>
    <message>
        <source>Name of this &amp;onboarding:</source>
        <translation>&amp;Name dieses Onboardings:</translation>
    </message>
    <message>
        <source>O&amp;pen a saved profile…</source>
        <translation>&amp;Gespeichertes Profil öffnen…</translation>
    </message>
</context>
<context>
    <name>cc::ValidatedLineEdit</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The platform says: %1</source>
        <translation>Die Plattform sagt: %1</translation>
    </message>
</context>
<context>
    <name>cc::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Live checks that prove the preparation worked, before anything is sent to the platform.</source>
        <translation>Live-Prüfungen, die belegen, dass die Vorbereitung funktioniert hat, bevor etwas an die Plattform gesendet wird.</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live-Prüfungen</translation>
    </message>
    <message>
        <source>The checks call the cloud&apos;s APIs with the credentials you entered. Nothing is sent to the platform yet.</source>
        <translation>Die Prüfungen rufen die APIs der Cloud mit den eingegebenen Zugangsdaten auf. An die Plattform wird noch nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>Prüfungen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Answers changed since the last run — run the checks again.</source>
        <translation>Die Antworten haben sich seit dem letzten Lauf geändert — starten Sie die Prüfungen erneut.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>&amp;Run checks again</source>
        <translation>Prüfungen erneut &amp;starten</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed.</source>
        <translation>%1 bestanden, %2 mit Warnungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>Läuft… %1</translation>
    </message>
    <message>
        <source>Fix the failures, then run the checks again.</source>
        <translation>Beheben Sie die Fehler und starten Sie die Prüfungen dann erneut.</translation>
    </message>
    <message>
        <source>Some checks failed: each row says why and what to do.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Jede Zeile sagt, warum und was zu tun ist.</translation>
    </message>
    <message>
        <source>The checks passed with warnings: read them before you submit.</source>
        <translation>Die Prüfungen sind mit Warnungen bestanden: Lesen Sie sie vor dem Einreichen.</translation>
    </message>
    <message>
        <source>Every check that applies passed.</source>
        <translation>Jede zutreffende Prüfung ist bestanden.</translation>
    </message>
    <message>
        <source>Run checks calls the cloud with the answers and secrets entered so far and shows, for each check, what was found or why it failed and how to fix it. Checks run at the same time; Cancel stops them and Run checks starts them again. Only this journey&apos;s checks are listed; one that cannot run here (billing turned off, no access key for the Spot role&apos;s account) says why. Nothing is sent to the platform on this page. Requests time out after 30 seconds and are retried when the service is busy; extra CA certificates come from tls.caBundle in the profile. For Azure, a grant (admin consent, the Contributor role) can take up to 15 minutes to take effect: for 15 minutes after you tick that step on the checklist, the checks it explains keep retrying, and the row says when they will try again.</source>
        <translation>„Prüfungen starten“ ruft die Cloud mit den bisher eingegebenen Antworten und Secrets auf und zeigt für jede Prüfung, was gefunden wurde oder warum sie fehlschlug und wie es sich beheben lässt. Die Prüfungen laufen gleichzeitig; „Abbrechen“ hält sie an, „Prüfungen starten“ startet sie erneut. Aufgeführt sind nur die Prüfungen dieses Ablaufs; eine, die hier nicht laufen kann (Abrechnung ausgeschaltet, kein Zugriffsschlüssel für das Konto der Spot-Rolle), sagt warum. Auf dieser Seite wird nichts an die Plattform gesendet. Anfragen brechen nach 30 Sekunden ab und werden wiederholt, wenn der Dienst ausgelastet ist; zusätzliche CA-Zertifikate kommen aus tls.caBundle im Profil. Bei Azure kann eine Berechtigung (Administratorzustimmung, die Rolle „Mitwirkender“) bis zu 15 Minuten brauchen, bis sie wirkt: 15 Minuten lang, nachdem Sie diesen Schritt in der Checkliste abgehakt haben, wiederholen sich die Prüfungen, die daran scheitern, und die Zeile sagt, wann der nächste Versuch kommt.</translation>
    </message>
    <message>
        <source>The checks cannot run: %1</source>
        <translation>Die Prüfungen können nicht laufen: %1</translation>
    </message>
</context>
</TS>
