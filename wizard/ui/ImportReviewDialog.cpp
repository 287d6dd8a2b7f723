#include "ImportReviewDialog.h"

#include "DisplayText.h"
#include "ProfileDiff.h"
#include "ProfileFieldLabels.h"
#include "widgets/InfoBanner.h"

#include <QStyle>
#include <algorithm>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

ImportReviewDialog::ImportReviewDialog(const QString &path, const ProfileParseResult &result, const Profile &current, QWidget *parent)
    : QDialog(parent), m_ok(result.ok())
{
    setObjectName(QStringLiteral("importReview"));
    setWindowTitle(m_ok ? tr("Review the profile before applying it") : tr("The profile cannot be opened"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("importIntro"));
    layout->addWidget(intro);
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("importItems"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setMinimumSize(640, 260);
    if (!m_ok) {
        intro->setText(tr("%1 was not applied; nothing in the wizard changed. Fix these %n problem(s) and open it again:", "",
                          int(result.problems.size()))
                           .arg(QFileInfo(path).fileName()));
        list->setHeaderLabels({tr("Where"), tr("Problem")});
        for (const ProfileProblem &p : result.problems)
            new QTreeWidgetItem(list, {p.pointer.isEmpty() ? tr("(whole file)") : displayPointer(p.pointer), p.message});
    } else {
        QList<ProfileChange> changes = profileChanges(current, *result.profile);
        // Where secrets go and whom TLS trusts first: those are the changes a shared file can abuse.
        std::stable_partition(changes.begin(), changes.end(), [](const ProfileChange &c) { return isTrustField(c.pointer); });
        intro->setText(tr("Applying %1 changes %n answer(s). Nothing changes until you choose Apply.", "", int(changes.size()))
                           .arg(QFileInfo(path).fileName()));
        QStringList trust;
        for (const ProfileChange &c : changes)
            if (isTrustField(c.pointer)
                && (c.pointer.startsWith(QLatin1String("/endpoints/")) || c.pointer == QLatin1String("/tls/caBundle")
                    || c.pointer == QLatin1String("/platform/endpoint")))
                trust << tr("%1: %2").arg(profileFieldLabel(c.pointer), c.after.isEmpty() ? tr("(the standard one)") : c.after);
        if (!trust.isEmpty()) {
            auto *warning = new InfoBanner(InfoBanner::Kind::Warning, QString(), this);
            warning->setObjectName(QStringLiteral("importTrustWarning"));
            warning->setPlainText(tr("This file changes where your credentials are sent or which certificate authorities are "
                                     "trusted:\n%1\nSecrets in your keychain are used only with the addresses they were "
                                     "stored for. If you did not expect these addresses, choose Cancel.")
                                      .arg(trust.join(QLatin1Char('\n'))));
            layout->addWidget(warning);
        }
        list->setHeaderLabels({tr("Field"), tr("Now"), tr("From the file")});
        for (const ProfileChange &c : changes) {
            auto *item = new QTreeWidgetItem(list, {profileFieldLabel(c.pointer), displayText(c.before), displayText(c.after)});
            item->setToolTip(0, c.pointer);
            if (isTrustField(c.pointer)) {
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
        }
        if (!result.incomplete.isEmpty()) {
            auto *missing = new QTreeWidgetItem(list, {tr("Still to fill in:"), QString(), QString()});
            missing->setFirstColumnSpanned(true);
            for (const ProfileProblem &p : result.incomplete)
                (new QTreeWidgetItem(list, {profileFieldLabel(p.pointer), QString(), p.message}))->setToolTip(0, p.pointer);
        }
    }
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(this);
    if (m_ok) {
        QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("importApply"));
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace cc
