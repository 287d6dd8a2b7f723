#pragma once
// The portal steps of a page as ticks. Ticking records the time in the profile's checklist.
#include "Checklist.h"

#include <QWidget>

class QVBoxLayout;

namespace cc {

class OnboardingController;

class ChecklistView : public QWidget {
    Q_OBJECT
public:
    ChecklistView(OnboardingController *controller, PageId page, QWidget *parent = nullptr);
    // Rebuilds the list for the current journey and profile.
    void refresh();
    int stepCount() const { return m_count; }

private:
    OnboardingController *m_controller;
    PageId m_page;
    QVBoxLayout *m_layout;
    int m_count = 0;
};

} // namespace cc
