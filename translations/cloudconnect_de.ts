<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
</TS>
