#pragma once
// Base of every wizard page: builds its widgets on first visit (start-up stays as light as a bare
// wizard), reloads them when a profile is imported, routes Next through the journey, and keeps
// Next disabled while a visible field is invalid.
#include "Journey.h"

#include <QWizardPage>

class QFormLayout;
class QVBoxLayout;

namespace cc {

class OnboardingController;
class ValidatedLineEdit;

class JourneyPage : public QWizardPage {
    Q_OBJECT
public:
    JourneyPage(PageId id, OnboardingController *controller, QWidget *parent = nullptr);

    PageId pageId() const { return m_id; }
    int nextId() const override;
    void initializePage() override;
    void cleanupPage() override {} // Back keeps what was entered
    bool isComplete() const override;
    virtual QString helpText() const = 0;
    // Builds the widgets now (tests and screenshots use it; the wizard does it on first visit).
    void ensureBuilt();
    // Gives the keyboard focus to the page's first input (the chosen button of a group of radio
    // buttons, a field, a list), or to its first control when it has no input, unless something
    // on the page has it already. Called when the page appears.
    void focusFirstInput();

protected:
    virtual void build(QVBoxLayout *body) = 0;
    virtual void loadFromProfile() = 0;
    virtual void journeyChanged() {}
    virtual bool extraComplete() const { return true; }

    OnboardingController *controller() const { return m_controller; }
    // Creates a validated field in `form` and registers it for isComplete().
    ValidatedLineEdit *addField(QFormLayout *form, const QString &label, const QString &name, std::function<QString(const QString &)> rule);
    void registerField(ValidatedLineEdit *field);
    QFormLayout *newForm(QVBoxLayout *body);

private:
    PageId m_id;
    OnboardingController *m_controller;
    bool m_built = false;
    int m_loadedRevision = -1;
    QList<ValidatedLineEdit *> m_fields;
};

} // namespace cc
