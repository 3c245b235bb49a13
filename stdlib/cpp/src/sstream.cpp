// sstream.cpp: std::stringbuf's writing, putting back and seeking (reading
// is done through the get area, set up in <sstream>).
#include <cstring>
#include <sstream>

namespace std {

stringbuf::int_type stringbuf::underflow() {
    // The get area always ends at the end of the string.
    return gptr() < egptr() ? traits_type::to_int_type(*gptr()) : traits_type::eof();
}

stringbuf::int_type stringbuf::pbackfail(int_type c) {
    if (!eback() || gptr() == eback())
        return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) {
        gbump(-1);
        return traits_type::not_eof(c);
    }
    char wanted = traits_type::to_char_type(c);
    if (gptr()[-1] != wanted) {
        // Putting back a different byte changes the string: only if writable.
        if (!(mode_ & ios_base::out))
            return traits_type::eof();
        gptr()[-1] = wanted;
    }
    gbump(-1);
    return c;
}

streamsize stringbuf::showmanyc() { return gptr() < egptr() ? egptr() - gptr() : -1; }

stringbuf::int_type stringbuf::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    char byte = traits_type::to_char_type(c);
    return xsputn(&byte, 1) == 1 ? c : traits_type::eof();
}

streamsize stringbuf::xsputn(const char *data, streamsize count) {
    if (!(mode_ & ios_base::out) || count <= 0)
        return 0;
    size_t length = static_cast<size_t>(count);
    size_t reading = read_position();
    if (mode_ & ios_base::app)
        put_position_ = text_.size();
    if (put_position_ == text_.size()) {
        text_.append(data, length);
    } else {
        size_t overwritten = text_.size() - put_position_ < length ? text_.size() - put_position_ : length;
        text_.replace(put_position_, overwritten, data, length);
    }
    put_position_ += length;
    set_read_position(reading);
    return count;
}

stringbuf::pos_type stringbuf::seekoff(off_type offset, ios_base::seekdir direction, ios_base::openmode which) {
    bool move_get = (which & ios_base::in) && (mode_ & ios_base::in);
    bool move_put = (which & ios_base::out) && (mode_ & ios_base::out);
    if ((!move_get && !move_put) || (move_get && move_put && direction == ios_base::cur))
        return pos_type(-1);
    auto target = [&](size_t current) -> off_type {
        off_type base = direction == ios_base::beg   ? 0
                        : direction == ios_base::cur ? static_cast<off_type>(current)
                                                     : static_cast<off_type>(text_.size());
        return base + offset;
    };
    off_type get_target = move_get ? target(read_position()) : 0;
    off_type put_target = move_put ? target(put_position_) : 0;
    off_type size = static_cast<off_type>(text_.size());
    if (get_target < 0 || get_target > size || put_target < 0 || put_target > size)
        return pos_type(-1);
    if (move_get)
        set_read_position(static_cast<size_t>(get_target));
    if (move_put)
        put_position_ = static_cast<size_t>(put_target);
    return pos_type(move_get ? get_target : put_target);
}

stringbuf::pos_type stringbuf::seekpos(pos_type position, ios_base::openmode which) {
    return seekoff(off_type(position), ios_base::beg, which);
}

} // namespace std
