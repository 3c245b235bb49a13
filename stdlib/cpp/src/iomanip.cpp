// iomanip.cpp: put_time (through strftime) and quoted.
#include <iomanip>

namespace std::__detail {

ostream &operator<<(ostream &stream, put_time_manipulator manipulator) {
    char text[256];
    size_t length = strftime(text, sizeof text, manipulator.format, manipulator.time);
    if (length == 0 && manipulator.format[0] != '\0')
        stream.setstate(ios_base::badbit);
    else
        stream.__write_field(text, length);
    return stream;
}

ostream &operator<<(ostream &stream, quoted_output manipulator) {
    string text;
    text.reserve(manipulator.text.size() + 2);
    text.push_back(manipulator.delimiter);
    for (char c : manipulator.text) {
        if (c == manipulator.delimiter || c == manipulator.escape)
            text.push_back(manipulator.escape);
        text.push_back(c);
    }
    text.push_back(manipulator.delimiter);
    return stream.__write_field(text.data(), text.size());
}

istream &operator>>(istream &stream, quoted_input manipulator) {
    char first = 0;
    if (!(stream >> first))
        return stream;
    if (first != manipulator.delimiter) {
        stream.unget();
        return stream >> *manipulator.text;
    }
    manipulator.text->clear();
    streambuf *buffer = stream.rdbuf();
    for (;;) {
        int byte = buffer->sbumpc();
        if (byte == char_traits<char>::eof()) {
            stream.setstate(ios_base::eofbit | ios_base::failbit);
            break;
        }
        char c = static_cast<char>(byte);
        if (c == manipulator.escape) {
            byte = buffer->sbumpc();
            if (byte == char_traits<char>::eof()) {
                stream.setstate(ios_base::eofbit | ios_base::failbit);
                break;
            }
            manipulator.text->push_back(static_cast<char>(byte));
        } else if (c == manipulator.delimiter) {
            break;
        } else {
            manipulator.text->push_back(c);
        }
    }
    return stream;
}

} // namespace std::__detail
