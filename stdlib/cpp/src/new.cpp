// new.cpp: operator new and delete in all their forms, over the C
// library's malloc, aligned_alloc and free.
//
// Built without exceptions: when memory runs out, `new` calls the new
// handler if one is set (it may free memory and let `new` retry), and
// otherwise prints a message and aborts. The nothrow forms return nullptr.
#include <cstdio>
#include <cstdlib>
#include <new>

namespace std {
const nothrow_t nothrow{};

namespace {
new_handler current_new_handler = nullptr;
} // namespace

new_handler set_new_handler(new_handler handler) noexcept {
    new_handler previous = current_new_handler;
    current_new_handler = handler;
    return previous;
}

new_handler get_new_handler() noexcept { return current_new_handler; }
} // namespace std

namespace {

// One attempt at an allocation; nullptr when the heap is exhausted.
void *try_allocate(std::size_t size, std::size_t alignment) {
    if (size == 0)
        size = 1;
    if (alignment <= alignof(std::max_align_t))
        return std::malloc(size);
    // aligned_alloc wants a size that is a multiple of the alignment.
    std::size_t rounded = (size + alignment - 1) & ~(alignment - 1);
    if (rounded < size)
        return nullptr;
    return std::aligned_alloc(alignment, rounded);
}

// The throwing forms' behaviour: retry through the new handler, or abort.
void *allocate_or_abort(std::size_t size, std::size_t alignment) {
    for (;;) {
        if (void *memory = try_allocate(size, alignment))
            return memory;
        std::new_handler handler = std::get_new_handler();
        if (!handler) {
            std::fprintf(stderr, "operator new: out of memory allocating %zu bytes\n", size);
            std::abort();
        }
        handler();
    }
}

} // namespace

void *operator new(std::size_t size) { return allocate_or_abort(size, 0); }
void *operator new[](std::size_t size) { return allocate_or_abort(size, 0); }
void *operator new(std::size_t size, std::align_val_t alignment) {
    return allocate_or_abort(size, static_cast<std::size_t>(alignment));
}
void *operator new[](std::size_t size, std::align_val_t alignment) {
    return allocate_or_abort(size, static_cast<std::size_t>(alignment));
}

void *operator new(std::size_t size, const std::nothrow_t &) noexcept { return try_allocate(size, 0); }
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept { return try_allocate(size, 0); }
void *operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept {
    return try_allocate(size, static_cast<std::size_t>(alignment));
}
void *operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept {
    return try_allocate(size, static_cast<std::size_t>(alignment));
}

// Every form frees through free(): malloc and aligned_alloc share one heap.
void operator delete(void *pointer) noexcept { std::free(pointer); }
void operator delete[](void *pointer) noexcept { std::free(pointer); }
void operator delete(void *pointer, std::size_t) noexcept { std::free(pointer); }
void operator delete[](void *pointer, std::size_t) noexcept { std::free(pointer); }
void operator delete(void *pointer, std::align_val_t) noexcept { std::free(pointer); }
void operator delete[](void *pointer, std::align_val_t) noexcept { std::free(pointer); }
void operator delete(void *pointer, std::size_t, std::align_val_t) noexcept { std::free(pointer); }
void operator delete[](void *pointer, std::size_t, std::align_val_t) noexcept { std::free(pointer); }
void operator delete(void *pointer, const std::nothrow_t &) noexcept { std::free(pointer); }
void operator delete[](void *pointer, const std::nothrow_t &) noexcept { std::free(pointer); }
void operator delete(void *pointer, std::align_val_t, const std::nothrow_t &) noexcept { std::free(pointer); }
void operator delete[](void *pointer, std::align_val_t, const std::nothrow_t &) noexcept { std::free(pointer); }
