/* assert.h: assert() and static_assert. Deliberately re-includable (NDEBUG may change). */
#ifdef __cplusplus
extern "C" {
#endif

#undef assert
#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
void __assert_fail(const char *expression, const char *file, int line, const char *function)
    __attribute__((noreturn));
#define assert(expression) \
    ((expression) ? (void)0 : __assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(static_assert)
#define static_assert _Static_assert
#endif

#ifdef __cplusplus
}
#endif
