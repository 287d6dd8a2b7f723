<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cc::ArtefactView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::BillingPage</name>
    <message>
        <source>Detailed billing (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Scalr&apos;s Cost Manager report real costs from the cloud&apos;s own billing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS: billing reports are written to an S3 bucket of yours; Scalr reads them. Follow the checklist even if detailed billing is already on, so the reports have the format Scalr needs.

Azure: turn on Enable Detailed Billing in Scalr&apos;s credentials dialog and pick the resource tags to filter costs by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable detailed billing for this AWS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 &amp;bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing details are processed with an &lt;b&gt;8–12 hour delay&lt;/b&gt;: AWS posts updated billing information every 8 hours (the first processing can take 8–10 hours). This is not a Scalr delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With detailed billing on, custom Pricing List entries for AWS are &lt;b&gt;ignored&lt;/b&gt;: AWS provides the final cost. To add sub-charges, use &lt;b&gt;Markups&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the bucket first — see &lt;a href=&quot;https://docs.aws.amazon.com/cur/latest/userguide/cur-s3.html&quot;&gt;AWS Billing and Cost Management: setting up an S3 bucket for reports&lt;/a&gt; for the bucket policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable detailed billing for this subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags to filter by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. costcenter, project (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once enabled it may take a few hours for costs to show in Scalr. Resources you tag in Azure can then be filtered by these tags in Cost Manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ChecklistView</name>
    <message>
        <source>&lt;b&gt;In the portal&lt;/b&gt; — tick each step when done; the time is recorded for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CloudConnectWizard</name>
    <message>
        <source>Cloud Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Cloud Connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered will be lost, including the secrets typed in (they are kept in memory only). Save the profile first to resume later.

Leave anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Connect profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Connect profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Choose another folder; your answers are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CloudPage</name>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cloud the platform will manage, and which of its separate clouds (partitions) it lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS partitions are separate clouds with their own accounts and endpoints: commercial (aws), AWS GovCloud (US) and AWS China. Azure likewise: Azure (public), Azure US Government and Azure China (21Vianet) each have their own sign-in, Resource Manager and portal. Microsoft Cloud Deutschland closed on 2021-10-29; its profiles can be opened but not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amazon Web Services (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft A&amp;zure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial (aws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS GovCloud (US) (aws-us-gov)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS China (aws-cn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (public) — AzureCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government — AzureUSGovernment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China (21Vianet) — AzureChinaCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Germany — retired since 2021-10-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure &amp;cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses Microsoft Cloud Deutschland (AzureGermanCloud), which closed on 2021-10-29. Choose the cloud the subscription was migrated to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ConnectionPolicyPage</name>
    <message>
        <source>Instance connection policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Scalr reaches the instances it manages: by public IP, by private IP, or whichever exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto is the default and needs no change on the Scalr server. Public and local are set in /etc/scalr-server/scalr-server.rb under app[:configuration], merged with the entries already there, followed by sudo scalr-server-ctl reconfigure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr connects to an instance&apos;s public IP if it has one, otherwise falls back to its private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr connects ONLY to public IPs. Use this only if ALL instances managed by Scalr will have a public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr connects ONLY to private IPs. This works only if one of the following holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managed instances are in the same VPC as the Scalr server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managed instances are in the same virtual network as the Scalr server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is routing or peering to every other network where managed instances reside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are VPN connections to every other network where managed instances reside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one of these Scalr cannot reach private IPs and every managed instance will be unreachable. Choose Auto, or set up peering or VPN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto is Scalr&apos;s default: nothing needs to change in scalr-server.rb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalr-server.rb entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values from the identity you just created. Secrets are masked and go only to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS: the Access Key ID (AKIA… or ASIA…, 20 characters) and the Secret Access Key (40 characters) from IAM → Users → Security credentials → Create access key.

Azure: the Directory (tenant) ID from Entra ID → Properties, the Application (client) ID from the app registration, the Subscription ID from the subscription&apos;s Overview, and the client secret&apos;s value with its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for Spot: Spot uses the role, not a key. An access key of the account that holds the role only lets the wizard confirm the account; it is never sent to Spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (&amp;tenant) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bscription ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret e&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr: the secret MUST NOT contain “+” or “/” — these cause API errors. If yours has either, generate a new secret without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you prepared and continue on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile to keep every answer (no secrets) for next time. Open the platform&apos;s page to continue there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the platform in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1 and no secret was stored: this build prepares and reviews the onboarding. Save the profile to submit it later; the secrets you typed are discarded when the wizard closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::IdentityPage</name>
    <message>
        <source>Identity and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the identity the platform will use, with exactly the permissions it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr + AWS: a dedicated IAM user with the minimum policy shown, and an access key for it.

Spot + AWS: an IAM role that trusts Spot&apos;s AWS account (922761411349) only with your external id; deploy the CloudFormation template, then paste the role&apos;s ARN.

Azure: an app registration (service principal) with a client secret, the API permissions listed (Scalr), admin consent (“Grant permissions”, up to 15 minutes to take effect) and the Contributor role on the subscription. The az commands do the same from a shell.

Copy or save each generated text; tick each portal step when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create (or reuse) an IAM user for Scalr with at least the permissions below. Need help with users and policies? See the &lt;a href=&quot;https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html&quot;&gt;AWS Identity and Access Management documentation&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot issues the external id for your account. This build does not yet fetch it from Spot&apos;s API: copy it from the Spot console (Settings → Cloud accounts → Connect AWS account). It goes into the trust policy, so that only Spot acting for your account can assume the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &amp;ARN (after creating it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App registration &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-on URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-on URL&lt;/b&gt;: the address you use for the Scalr web UI — routing[:endpoint_host] in scalr-server.rb. &lt;b&gt;App ID URI&lt;/b&gt;: https://&amp;lt;your directory&apos;s domain&amp;gt;/&amp;lt;app&amp;gt;, the domain from “Domains” in the same directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Required permissions&lt;/b&gt; (all of them — missing ones lead to unexpected behaviour):&lt;ul&gt;&lt;li&gt;&lt;b&gt;Windows Azure Active Directory&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Delegated: Sign in and read user profile&lt;/li&gt;&lt;li&gt;Delegated: Access the directory as the signed-in user&lt;/li&gt;&lt;li&gt;Application: Read directory data&lt;/li&gt;&lt;li&gt;Application: Read and write directory data&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Windows Azure Service Management API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Delegated: Access Azure Service Management&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You MUST select &lt;b&gt;Grant permissions&lt;/b&gt; to make the permission changes active. It may take up to &lt;b&gt;15 minutes&lt;/b&gt; to take effect and for the subscription to become selectable in Scalr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finally, the app needs the &lt;b&gt;Contributor&lt;/b&gt; role on the subscription (Subscription → Access control (IAM)). If the app is not offered in the list, type its name anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal for %1: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; — &lt;a href=&quot;%3&quot;&gt;App registrations&lt;/a&gt; — &lt;a href=&quot;%4&quot;&gt;Subscriptions&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ImportReviewDialog</name>
    <message>
        <source>Review the profile before applying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not applied; nothing in the wizard changed. Fix these %n problem(s) and open it again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %1 changes %n answer(s). Nothing changes until you choose Apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::InfoBanner</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the managed instances will live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS: the region and the id of the VPC for the managed instances (VPC console → Your VPCs). EC2-Classic is shared with every other AWS customer in the region and is not acceptable.

Azure: the resource group and name of the virtual network (or its full resource id, from the network&apos;s Properties → Resource ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VPC id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a VPC. Every AWS user can still reach the EC2-Classic network, but it is shared with all other customers in the region and is typically &lt;b&gt;not acceptable&lt;/b&gt;. No VPC yet? See the &lt;a href=&quot;https://docs.aws.amazon.com/vpc/latest/userguide/create-vpc.html&quot;&gt;Amazon VPC documentation&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, or full resource id /subscriptions/…/virtualNetworks/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instances need an Azure Virtual Network. To create one, see the &lt;a href=&quot;https://learn.microsoft.com/azure/virtual-network/quick-create-portal&quot;&gt;Virtual Network documentation&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::PlatformPage</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which platform will manage the cloud account, and its API credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr: the address of your Scalr server and an API key (Scalr → your profile → API access). The key&apos;s secret goes to the system keychain. The scope decides who can use the credentials.

Spot: the API endpoint (normally https://api.spotinst.io), the account id (act-…) from Settings → Account, and an API token from Settings → API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;calr — cloud management platform (self-hosted or hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pot (Spotinst) — cost-optimised compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr &amp;server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account — available to the environments of one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment — only the environments listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalr — available to every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials added at the Scalr scope are available to &lt;b&gt;all accounts&lt;/b&gt;. Only use the Scalr scope if every account is trusted to use this cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment ids to link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5, 7 — the environments that will use these credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials &amp;name in Scalr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call to Spot carries the token as &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; and the account as &lt;tt&gt;?accountId=act-…&lt;/tt&gt;. The token goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you entered, on one page. Secrets are never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every answer. Use Back to change one; nothing is lost. Save the profile to repeat this onboarding for another account or to finish later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting to the platform and storing secrets in the keychain are not available in this build yet: nothing will be sent. Save the profile now and submit it with a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing before this can be verified or submitted:&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::StartPage</name>
    <message>
        <source>Connect a cloud account to Scalr or Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard prepares the cloud side, verifies it, keeps every secret in the system keychain and hands the credentials to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this onboarding to start a new one: the name keys the saved profile and its keychain entry. To repeat an earlier onboarding, open its saved profile (a .json file without secrets); you will see what it changes before anything is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this onboarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod-aws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent profiles (double-click or Enter to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles never contain secrets. Secrets go to the system keychain; the profile only says which account and which key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⚠ secret expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of this profile expires within 30 days: create a new one and update the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ValidatedLineEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live checks that prove the preparation worked, before anything is sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one live check. A check that does not apply to this journey is listed as skipped with the reason. Until live checks are available in this build, verify in the cloud&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live verification is not available in this build yet, so &lt;b&gt;nothing below has been checked&lt;/b&gt;. These are the checks that will run for this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
