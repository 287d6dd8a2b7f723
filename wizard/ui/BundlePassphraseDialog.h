#pragma once
// Asks for a bundle's passphrase: twice (and at least 8 characters) when exporting, once when
// opening. Masked; the value lives only as long as the dialog.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cc {

class BundlePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Export, Open };
    BundlePassphraseDialog(Purpose purpose, const QString &file, QWidget *parent = nullptr);
    ~BundlePassphraseDialog() override;
    QString passphrase() const;

private:
    void check();
    Purpose m_purpose;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cc
