#include "RememberedLayout.h"

#include "AppSettings.h"

#include <QEvent>
#include <QSplitter>
#include <QWidget>

namespace mixshift {

namespace {

// The window's splitters, named by their place among its splitters ("splitter0", …): created in the same order
// every time the window is built.
QList<QSplitter*> splittersOf(QWidget* window)
{
    return window->findChildren<QSplitter*>();
}

QString splitterPart(int index)
{
    return QStringLiteral("splitter%1").arg(index);
}

} // namespace

RememberedLayout::RememberedLayout(QWidget* window, QString name, AppSettings& settings)
    : QObject(window), m_window(window), m_name(std::move(name)), m_settings(settings)
{
    window->installEventFilter(this);
}

void RememberedLayout::restore()
{
    const QByteArray geometry = m_settings.windowLayout(m_name, QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QList<QSplitter*> splitters = splittersOf(m_window);
    for (int i = 0; i < splitters.size(); ++i) {
        const QByteArray state = m_settings.windowLayout(m_name, splitterPart(i));
        if (!state.isEmpty())
            splitters[i]->restoreState(state);
    }
}

void RememberedLayout::save()
{
    m_settings.setWindowLayout(m_name, QStringLiteral("geometry"), m_window->saveGeometry());
    const QList<QSplitter*> splitters = splittersOf(m_window);
    for (int i = 0; i < splitters.size(); ++i)
        m_settings.setWindowLayout(m_name, splitterPart(i), splitters[i]->saveState());
}

bool RememberedLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace mixshift
