#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace mixshift {

class AppSettings;

/// A workspace window that opens as it was left: its size and place and its splitters' positions, kept in the
/// settings under the window's name, saved when it closes.
class RememberedLayout : public QObject
{
public:
    /// Belongs to `window`; call restore() before the window is first shown.
    RememberedLayout(QWidget* window, QString name, AppSettings& settings);

    /// What was saved for this window, if anything was.
    void restore();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void save();

    QWidget* m_window;
    QString m_name;
    AppSettings& m_settings;
};

} // namespace mixshift
