#include "BundlePassphraseDialog.h"

#include "SecretValues.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

BundlePassphraseDialog::BundlePassphraseDialog(Purpose purpose, const QString &file, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_first(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bundlePassphrase"));
    const bool exporting = purpose == Purpose::Export;
    setWindowTitle(exporting ? tr("Passphrase for the bundle") : tr("Open an encrypted bundle"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(exporting ? tr("The bundle holds the profile and its secrets, encrypted with this passphrase "
                                  "(AES-256-GCM). Give the passphrase to your colleague another way than the file.")
                             : tr("%1 is an encrypted bundle. Enter the passphrase it was written with.").arg(QFileInfo(file).fileName()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_first->setObjectName(QStringLiteral("bundlePassphraseFirst"));
    m_first->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_first);
    if (exporting) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("bundlePassphraseSecond"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &BundlePassphraseDialog::check);
    }
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("bundlePassphraseProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_first, &QLineEdit::textChanged, this, &BundlePassphraseDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(460, sizeHint().height());
}

BundlePassphraseDialog::~BundlePassphraseDialog()
{
    QString a = m_first->text();
    wipeString(a);
    m_first->clear();
    if (m_second)
        m_second->clear();
}

QString BundlePassphraseDialog::passphrase() const
{
    return m_first->text();
}

void BundlePassphraseDialog::check()
{
    QString problem;
    if (m_purpose == Purpose::Export) {
        if (m_first->text().size() < 8)
            problem = tr("At least 8 characters; a few unrelated words are easy to pass on and hard to guess.");
        else if (m_second->text() != m_first->text())
            problem = tr("The two entries differ.");
    } else if (m_first->text().isEmpty()) {
        problem = tr("Enter the passphrase.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace cc
