#pragma once

// The fuzz targets as plain functions: libFuzzer calls them through LLVMFuzzerTestOneInput in the fuzz build
// (MIXSHIFT_FUZZ_ENTRY), and core_tests runs every file of tests/data/fuzz/<target>/ — seeds and the inputs of
// past findings — through the same functions.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

namespace mixshift::fuzz {

int csvReader(const std::uint8_t* data, std::size_t size);
int valueParser(const std::uint8_t* data, std::size_t size);
int periodParser(const std::uint8_t* data, std::size_t size);
int import(const std::uint8_t* data, std::size_t size);
int workbook(const std::uint8_t* data, std::size_t size);

/// An invariant of a target: a crash for libFuzzer to report, a failed test in the normal suite.
inline void check(bool holds, const char* what)
{
    if (holds)
        return;
#ifdef MIXSHIFT_FUZZ_ENTRY
    (void)what;
    std::abort();
#else
    throw std::logic_error(what);
#endif
}

} // namespace mixshift::fuzz

#ifdef MIXSHIFT_FUZZ_ENTRY
#define MIXSHIFT_FUZZ_TARGET(function)                                                                               \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)                                \
    {                                                                                                                \
        return mixshift::fuzz::function(data, size);                                                                 \
    }
#else
#define MIXSHIFT_FUZZ_TARGET(function)
#endif
