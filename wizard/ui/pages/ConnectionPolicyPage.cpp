#include "ConnectionPolicyPage.h"

#include "ConfigMergeDialog.h"
#include "OnboardingController.h"
#include "ScalrServerRbDialog.h"
#include "artefacts/ScalrServerConfig.h"
#include "widgets/WrappedChoice.h"
#include "widgets/ArtefactView.h"
#include "widgets/ChecklistView.h"
#include "widgets/InfoBanner.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cc {

ConnectionPolicyPage::ConnectionPolicyPage(OnboardingController *controller, QWidget *parent)
    : JourneyPage(PageId::ConnectionPolicy, controller, parent)
{
    setTitle(tr("Instance connection policy"));
    setSubTitle(tr("How Scalr reaches the instances it manages: by public IP, by private IP, or whichever exists."));
}

QString ConnectionPolicyPage::helpText() const
{
    return tr("Auto is the default and needs no change on the Scalr server. Public and local are set in "
              "/etc/scalr-server/scalr-server.rb under app[:configuration], merged with the entries already there, "
              "followed by sudo scalr-server-ctl reconfigure.");
}

void ConnectionPolicyPage::build(QVBoxLayout *body)
{
    m_policy = new QButtonGroup(this);
    auto addPolicy = [&](ConnectionPolicy policy, const QString &name, const QString &text, const QString &explanation) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(name);
        auto *label = new QLabel(explanation, this);
        label->setWordWrap(true);
        label->setContentsMargins(24, 0, 0, 6);
        m_policy->addButton(radio, int(policy));
        body->addWidget(radio);
        body->addWidget(label);
    };
    addPolicy(ConnectionPolicy::Auto, QStringLiteral("policyAuto"), tr("&Auto (default)"),
              tr("Scalr connects to an instance's public IP if it has one, otherwise falls back to its private IP."));
    addPolicy(ConnectionPolicy::Public, QStringLiteral("policyPublic"), tr("&Public"),
              tr("Scalr connects ONLY to public IPs. Use this only if ALL instances managed by Scalr will have a public IP."));
    addPolicy(ConnectionPolicy::Local, QStringLiteral("policyLocal"), tr("&Local"),
              tr("Scalr connects ONLY to private IPs. This works only if one of the following holds:"));

    m_routeBox = new QWidget(this);
    auto *routeLayout = new QVBoxLayout(m_routeBox);
    routeLayout->setContentsMargins(24, 0, 0, 0);
    m_route = new QButtonGroup(this);
    auto addRoute = [&](LocalRoute route, const QString &name, const QString &text) {
        auto *radio = new QRadioButton(m_routeBox);
        radio->setObjectName(name);
        m_route->addButton(radio, int(route));
        routeLayout->addWidget(new WrappedChoice(radio, text, m_routeBox));
    };
    const bool aws = controller()->profile().cloud == CloudKind::Aws;
    addRoute(LocalRoute::SameNetwork, QStringLiteral("routeSameNetwork"),
             aws ? tr("All managed instances are in the same VPC as the Scalr server")
                 : tr("All managed instances are in the same virtual network as the Scalr server"));
    addRoute(LocalRoute::Peering, QStringLiteral("routePeering"),
             tr("There is routing or peering to every other network where managed instances reside"));
    addRoute(LocalRoute::Vpn, QStringLiteral("routeVpn"),
             tr("There are VPN connections to every other network where managed instances reside"));
    addRoute(LocalRoute::None, QStringLiteral("routeNone"), tr("None of these"));
    m_noRouteWarning = new InfoBanner(InfoBanner::Kind::Warning,
                                      tr("Without one of these Scalr cannot reach private IPs and every managed instance "
                                         "will be unreachable. Choose Auto, or set up peering or VPN first."),
                                      m_routeBox);
    m_noRouteWarning->setObjectName(QStringLiteral("noRouteWarning"));
    routeLayout->addWidget(m_noRouteWarning);
    body->addWidget(m_routeBox);

    m_autoNote = new InfoBanner(InfoBanner::Kind::Info, tr("Auto is Scalr's default: nothing needs to change in scalr-server.rb."), this);
    body->addWidget(m_autoNote);
    m_entry = new ArtefactView(QStringLiteral("scalrServerEntry"), this);
    body->addWidget(m_entry);
    m_mergeRow = new QWidget(this);
    auto *mergeLayout = new QHBoxLayout(m_mergeRow);
    mergeLayout->setContentsMargins(0, 0, 0, 0);
    auto *merge = new QPushButton(tr("&Merge into a scalr-server.rb…"), m_mergeRow);
    merge->setObjectName(QStringLiteral("mergeScalrServerRb"));
    merge->setToolTip(tr("Pick your scalr-server.rb (a copy, or the real one on the Scalr server): you see the change "
                         "before anything is written, and a backup is kept."));
    connect(merge, &QPushButton::clicked, this, [this] { mergeInto(QString()); });
    mergeLayout->addWidget(merge);
    mergeLayout->addStretch(1);
    body->addWidget(m_mergeRow);
    m_checklist = new ChecklistView(controller(), PageId::ConnectionPolicy, this);
    body->addWidget(m_checklist);

    connect(m_policy, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        controller()->setConnectionPolicy(ConnectionPolicy(id));
        update();
    });
    connect(m_route, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        controller()->setLocalRoute(LocalRoute(id));
        update();
    });
}

void ConnectionPolicyPage::loadFromProfile()
{
    const Profile &p = controller()->profile();
    const QSignalBlocker b1(m_policy), b2(m_route);
    m_policy->button(int(p.connectionPolicy))->setChecked(true);
    if (p.localRoute != LocalRoute::None)
        m_route->button(int(p.localRoute))->setChecked(true);
}

void ConnectionPolicyPage::journeyChanged()
{
    update();
}

void ConnectionPolicyPage::update()
{
    const Profile &p = controller()->profile();
    const bool local = p.connectionPolicy == ConnectionPolicy::Local;
    m_routeBox->setEnabled(local);
    m_noRouteWarning->setVisible(local && m_route->checkedId() == int(LocalRoute::None));
    const PolicyEntry entry = scalrServerPolicyEntry(p);
    m_autoNote->setVisible(entry.text.isEmpty());
    m_entry->setVisible(!entry.text.isEmpty());
    m_mergeRow->setVisible(!entry.text.isEmpty());
    if (!entry.text.isEmpty())
        m_entry->setContent(tr("scalr-server.rb entry"), entry.explanation.toHtmlEscaped(), entry.text,
                            QStringLiteral("scalr-server-entry.rb"));
    m_checklist->refresh();
    Q_EMIT completeChanged();
}

bool ConnectionPolicyPage::mergeInto(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = askForScalrServerRb(this);
    if (path.isEmpty())
        return false;
    const Profile &p = controller()->profile();
    ConfigMergeDialog dialog(path, p.cloud, p.connectionPolicy, this);
    dialog.exec();
    if (dialog.written()) {
        controller()->setChecklistStep(QStringLiteral("scalr.policy.merged"), true);
        m_checklist->refresh();
    }
    return dialog.written();
}

bool ConnectionPolicyPage::extraComplete() const
{
    if (controller()->profile().connectionPolicy != ConnectionPolicy::Local)
        return true;
    const int route = m_route->checkedId();
    return route > 0 && route != int(LocalRoute::None);
}

} // namespace cc
