// streambuf.cpp: the default bulk transfers of std::streambuf, byte by
// byte through the get and put areas and the virtual functions.
#include <cstring>
#include <streambuf>

namespace std {

streambuf::int_type streambuf::uflow() {
    int_type c = underflow();
    if (traits_type::eq_int_type(c, traits_type::eof()) || gptr_ >= egptr_)
        return c;
    return traits_type::to_int_type(*gptr_++);
}

streamsize streambuf::xsgetn(char *data, streamsize count) {
    streamsize taken = 0;
    while (taken < count) {
        if (gptr_ < egptr_) {
            streamsize chunk = egptr_ - gptr_ < count - taken ? egptr_ - gptr_ : count - taken;
            memcpy(data + taken, gptr_, static_cast<size_t>(chunk));
            gptr_ += chunk;
            taken += chunk;
            continue;
        }
        int_type c = uflow();
        if (traits_type::eq_int_type(c, traits_type::eof()))
            break;
        data[taken++] = traits_type::to_char_type(c);
    }
    return taken;
}

streamsize streambuf::xsputn(const char *data, streamsize count) {
    streamsize written = 0;
    while (written < count) {
        if (pptr_ < epptr_) {
            streamsize chunk = epptr_ - pptr_ < count - written ? epptr_ - pptr_ : count - written;
            memcpy(pptr_, data + written, static_cast<size_t>(chunk));
            pptr_ += chunk;
            written += chunk;
            continue;
        }
        if (traits_type::eq_int_type(overflow(traits_type::to_int_type(data[written])), traits_type::eof()))
            break;
        ++written;
    }
    return written;
}

} // namespace std
