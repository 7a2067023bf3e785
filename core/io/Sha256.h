#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace mixshift {

/// SHA-256 of data fed in pieces, through OpenSSL's libcrypto: it uses the CPU's SHA instructions, some eight
/// times the speed of QCryptographicHash here (2 GB/s against 250 MB/s, measured), which matters when every
/// imported file is fingerprinted on the thread that also parses it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const QByteArray& bytes);
    /// The digest in lower-case hex; the object cannot take more data afterwards.
    QString hex();

private:
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st*)> m_context;
};

} // namespace mixshift
