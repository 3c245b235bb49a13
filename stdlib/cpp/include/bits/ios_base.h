// bits/ios_base.h: std::ios_base, what every stream has whatever it reads
// or writes: format flags, precision, field width, fill, the error state,
// and the open modes and seek directions.
#ifndef _WASMOS_CPP_BITS_IOS_BASE_H
#define _WASMOS_CPP_BITS_IOS_BASE_H

#include <iosfwd>

namespace std {

class ios_base {
  public:
    using fmtflags = unsigned;
    static constexpr fmtflags boolalpha = 1u << 0;
    static constexpr fmtflags dec = 1u << 1;
    static constexpr fmtflags fixed = 1u << 2;
    static constexpr fmtflags hex = 1u << 3;
    static constexpr fmtflags internal = 1u << 4;
    static constexpr fmtflags left = 1u << 5;
    static constexpr fmtflags oct = 1u << 6;
    static constexpr fmtflags right = 1u << 7;
    static constexpr fmtflags scientific = 1u << 8;
    static constexpr fmtflags showbase = 1u << 9;
    static constexpr fmtflags showpoint = 1u << 10;
    static constexpr fmtflags showpos = 1u << 11;
    static constexpr fmtflags skipws = 1u << 12;
    static constexpr fmtflags unitbuf = 1u << 13;
    static constexpr fmtflags uppercase = 1u << 14;
    static constexpr fmtflags adjustfield = left | right | internal;
    static constexpr fmtflags basefield = dec | oct | hex;
    static constexpr fmtflags floatfield = scientific | fixed;

    using iostate = unsigned;
    static constexpr iostate goodbit = 0;
    static constexpr iostate badbit = 1u << 0;
    static constexpr iostate eofbit = 1u << 1;
    static constexpr iostate failbit = 1u << 2;

    using openmode = unsigned;
    static constexpr openmode app = 1u << 0;
    static constexpr openmode ate = 1u << 1;
    static constexpr openmode binary = 1u << 2;
    static constexpr openmode in = 1u << 3;
    static constexpr openmode out = 1u << 4;
    static constexpr openmode trunc = 1u << 5;

    enum seekdir { beg, cur, end };

    ios_base(const ios_base &) = delete;
    ios_base &operator=(const ios_base &) = delete;
    virtual ~ios_base() = default;

    fmtflags flags() const { return flags_; }
    fmtflags flags(fmtflags replacement) {
        fmtflags previous = flags_;
        flags_ = replacement;
        return previous;
    }
    fmtflags setf(fmtflags added) {
        fmtflags previous = flags_;
        flags_ |= added;
        return previous;
    }
    fmtflags setf(fmtflags added, fmtflags mask) {
        fmtflags previous = flags_;
        flags_ = (flags_ & ~mask) | (added & mask);
        return previous;
    }
    void unsetf(fmtflags mask) { flags_ &= ~mask; }

    streamsize precision() const { return precision_; }
    streamsize precision(streamsize replacement) {
        streamsize previous = precision_;
        precision_ = replacement;
        return previous;
    }
    // The minimum field width of the next formatted output only.
    streamsize width() const { return width_; }
    streamsize width(streamsize replacement) {
        streamsize previous = width_;
        width_ = replacement;
        return previous;
    }

    // The streams are always in step with C stdio; there is nothing to turn off.
    static bool sync_with_stdio(bool = true) { return true; }

  protected:
    ios_base() = default;

    fmtflags flags_ = skipws | dec;
    streamsize precision_ = 6;
    streamsize width_ = 0;
};

} // namespace std

#endif
