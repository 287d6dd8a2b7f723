#include "ImportReviewDialog.h"

#include "ProfileDiff.h"

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
            new QTreeWidgetItem(list, {p.pointer.isEmpty() ? tr("(whole file)") : p.pointer, p.message});
    } else {
        const QList<ProfileChange> changes = profileChanges(current, *result.profile);
        intro->setText(tr("Applying %1 changes %n answer(s). Nothing changes until you choose Apply.", "", int(changes.size()))
                           .arg(QFileInfo(path).fileName()));
        list->setHeaderLabels({tr("Field"), tr("Now"), tr("From the file")});
        for (const ProfileChange &c : changes)
            new QTreeWidgetItem(list, {c.pointer, c.before, c.after});
        if (!result.incomplete.isEmpty()) {
            auto *missing = new QTreeWidgetItem(list, {tr("Still to fill in:"), QString(), QString()});
            missing->setFirstColumnSpanned(true);
            for (const ProfileProblem &p : result.incomplete)
                new QTreeWidgetItem(list, {p.pointer, QString(), p.message});
        }
    }
    layout->addWidget(intro);
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
