// File streams: writing, appending, reading back with formatted and
// unformatted input, seeking, a missing file, and reading and writing one
// fstream. Works in the current directory and removes its file.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main() {
    const char *path = "file_streams_test.txt";
    {
        std::ofstream out(path);
        out << "first line\n" << 42 << ' ' << 3.5 << '\n';
        std::cout << "opened for writing: " << out.is_open() << '\n';
    }
    {
        std::ofstream append(path, std::ios_base::app);
        append << "appended\n";
    }
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    int number = 0;
    double fraction = 0;
    std::string word;
    in >> number >> fraction >> word;
    std::cout << "read back: [" << line << "] " << number << ' ' << fraction << ' ' << word << '\n';
    in >> word;
    std::cout << "past the end: eof " << in.eof() << " fail " << in.fail() << '\n';
    in.clear();
    in.seekg(0);
    std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::cout << "whole file: " << whole.size() << " bytes, " << std::count(whole.begin(), whole.end(), '\n')
              << " lines\n";
    in.close();

    std::ifstream missing("no_such_file.txt");
    std::cout << "missing file: open " << missing.is_open() << " good " << static_cast<bool>(missing) << '\n';

    std::fstream both(path, std::ios_base::in | std::ios_base::out);
    both.seekp(0);
    both << "FIRST";
    both.seekg(0);
    std::getline(both, line);
    std::cout << "overwritten in place: " << line << '\n';
    both.close();

    std::cout << "removed: " << (std::remove(path) == 0) << '\n';
    return 0;
}
