/* bessel.c: the Bessel functions j0 j1 jn y0 y1 yn of the first and second
 * kind and integer order (POSIX/XSI), and their float versions (GNU).
 *
 * Every value is computed as a double-double (an unevaluated sum hi + lo
 * carrying about 106 bits) and rounded once, so that results are within
 * about half an ulp, also next to the zeros, where the value is small and
 * an absolute error of the usual 2^-53 would be a large relative one:
 *
 * - J0 and J1 for x <= 2, Y0 for x < 0.625 and Y1 for x < 1: their power
 *   series (DLMF 10.2.2 and 10.8.1), Y's with log(x/2) in double-double.
 * - from there to about 41: a Taylor series about the nearest of a few
 *   dozen centres c (the zeros of the function and of its derivative, plus
 *   points placed so that |x - c| <= c/4), whose coefficients follow from
 *   f(c) and f'(c) (stored as double-doubles, computed with mpmath by
 *   stdlib/c/tests/tools/bessel_tables.py) by the recurrence that Bessel's
 *   equation x^2 f'' + x f' + (x^2 - n^2) f = 0 gives at x = c + h. Next to
 *   a zero c is the double nearest it and f(c) is tiny but exact to 106 bits,
 *   so f(c) + f'(c) h + ... keeps its relative accuracy.
 * - from about 41: Hankel's asymptotic expansion (DLMF 10.17.3/4)
 *   J = sqrt(2/(pi x)) (P cos chi - Q sin chi), Y = sqrt(2/(pi x)) (P sin chi
 *   + Q cos chi), chi = x - (n/2 + 1/4) pi, P and Q summed to 2^-110, where
 *   chi is reduced by pi/2 exactly for every double (x 2/pi mod 4 from
 *   224 bits of 2/pi, a Payne-Hanek reduction written for this file).
 * - jn and yn: the recurrence f(k+1) = (2k/x) f(k) - f(k-1), in
 *   double-double, forward from J0, J1 (for n <= x) and Y0, Y1 (always);
 *   for n > x, J backward from a starting point chosen so the error is below
 *   2^-120 (Miller's algorithm) and normalised by J0 or J1, or the power
 *   series when x^2/4 <= n + 1; Hankel's expansion for large x when it
 *   converges.
 *
 * The float functions round the double ones once. Nothing but IEEE
 * arithmetic, sqrt, frexp and ldexp is used, so the results are the same
 * on every IEEE host (stdlib/c/tests/tools/bessel_ulp.py relies on it). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- double-double arithmetic ---------------------------------------------- */

struct dd {
    double hi, lo;
};

static struct dd two_sum(double a, double b) {
    double sum = a + b;
    double b_part = sum - a;
    struct dd result = {sum, (a - (sum - b_part)) + (b - b_part)};
    return result;
}

/* Requires |a| >= |b| or a == 0. */
static struct dd fast_two_sum(double a, double b) {
    double sum = a + b;
    struct dd result = {sum, b - (sum - a)};
    return result;
}

/* Veltkamp's split of |a| < 2^995 into two halves of 26 bits. */
static void split(double a, double *high, double *low) {
    double scaled = 134217729.0 * a; /* 2^27 + 1 */
    *high = scaled - (scaled - a);
    *low = a - *high;
}

/* a * b exactly as hi + lo (Dekker). */
static struct dd two_product(double a, double b) {
    double product = a * b;
    double a_high, a_low, b_high, b_low;
    split(a, &a_high, &a_low);
    split(b, &b_high, &b_low);
    struct dd result = {product, ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low};
    return result;
}

static struct dd dd_make(double value) {
    struct dd result = {value, 0};
    return result;
}

static struct dd dd_negate(struct dd a) {
    struct dd result = {-a.hi, -a.lo};
    return result;
}

static struct dd dd_add(struct dd a, struct dd b) {
    struct dd sum = two_sum(a.hi, b.hi);
    struct dd low = two_sum(a.lo, b.lo);
    sum = fast_two_sum(sum.hi, sum.lo + low.hi);
    return fast_two_sum(sum.hi, sum.lo + low.lo);
}

static struct dd dd_subtract(struct dd a, struct dd b) { return dd_add(a, dd_negate(b)); }

static struct dd dd_multiply(struct dd a, struct dd b) {
    struct dd product = two_product(a.hi, b.hi);
    return fast_two_sum(product.hi, product.lo + (a.hi * b.lo + a.lo * b.hi));
}

static struct dd dd_scale(struct dd a, double b) {
    struct dd product = two_product(a.hi, b);
    return fast_two_sum(product.hi, product.lo + a.lo * b);
}

static struct dd dd_divide(struct dd a, struct dd b) {
    double first = a.hi / b.hi;
    struct dd rest = dd_subtract(a, dd_scale(b, first));
    double second = rest.hi / b.hi;
    rest = dd_subtract(rest, dd_scale(b, second));
    double third = rest.hi / b.hi;
    struct dd result = fast_two_sum(first, second);
    return dd_add(result, dd_make(third));
}

static struct dd dd_divide_double(struct dd a, double b) {
    double first = a.hi / b;
    struct dd product = two_product(first, b);
    double second = (((a.hi - product.hi) - product.lo) + a.lo) / b;
    return fast_two_sum(first, second);
}

static double dd_round(struct dd a) { return a.hi + a.lo; }

static uint64_t bits_of(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

static double from_bits(uint64_t bits) {
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

/* 2^exponent for exponent in [-1022, 1023]. */
static double power_of_two(int exponent) { return from_bits((uint64_t)(exponent + 1023) << 52); }

/* ---- tables (stdlib/c/tests/tools/bessel_tables.py) ------------------------- */

static const uint32_t TWO_OVER_PI_WORDS[40] = {
    0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab, 0xdebbc561,
    0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484,
    0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
    0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b,
    0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08, 0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
};
static const struct dd HALF_PI = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const struct dd TWO_OVER_PI = {0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55};
static const struct dd INVERSE_PI = {0x1.45f306dc9c883p-2, -0x1.6b01ec5417056p-56};
static const struct dd SQRT_TWO_OVER_PI = {0x1.9884533d43651p-1, -0x1.cbc0d30ebfd15p-55};
static const struct dd EULER_GAMMA = {0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58};
static const struct dd LN2 = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
/* j0: 27 centres from 2.0 to 40.837759988721345 */
static const double J0_TAYLOR[][6] = {
    {0x1.61e8a974b8da0p+1, 0x1.33d152e971b40p+1, -0x1.19b7921f03c8ep-54, -0x1.ece5cfc3b5051p-111, -0x1.09cdb36551280p-1, -0x1.8483706037fc7p-56},
    {0x1.bd3aabad7b784p+1, 0x1.9000000000000p+1, -0x1.32a70ee3cd6f5p-2, -0x1.8c4ab7f3b5a04p-57, -0x1.2a22db050a95dp-2, 0x1.c6409c4c7c5d1p-56},
    {0x1.101d55d6bdbc2p+2, 0x1.ea75575af6f09p+1, -0x1.9c6cf582cbf7fp-2, 0x1.2de1143765a99p-57, 0x1.1b9c1c3fb286fp-54, 0x1.a19826dc75c7bp-109},
    {0x1.46247ad961722p+2, 0x1.2b00000000000p+2, -0x1.1bbefcd2c3baap-2, 0x1.cec600cab552ep-57, 0x1.179b475c86c8ep-2, -0x1.3f64c4f275efcp-56},
    {0x1.91242a770504ap+2, 0x1.6148f5b2c2e45p+2, -0x1.fbb40985f6e34p-56, 0x1.1ac8a875e2310p-110, 0x1.5c6e60a097823p-2, -0x1.ee4aa18eb042fp-58},
    {0x1.f56b066a717f2p+2, 0x1.c0ff5f3b47250p+2, 0x1.33518b3874e8ap-2, 0x1.af22d033ee0a4p-56, -0x1.049770ce74c2ep-55, -0x1.f3497c929687ap-111},
    {0x1.2d3c31ec56d7ap+3, 0x1.14eb56cccdecap+3, -0x1.6e8eeb22e5818p-54, 0x1.63ab447c03c7ap-108, -0x1.15f7977a772d4p-2, 0x1.b4f41c2e4b5ebp-56},
    {0x1.5f70a68a03770p+3, 0x1.458d0d0bdfc29p+3, -0x1.ff654544ebcd1p-3, -0x1.052a3a2541c36p-58, -0x1.0212f4e592523p-53, 0x1.e073372d2a4bdp-108},
    {0x1.91d7f79c9ac2cp+3, 0x1.79544008272b6p+3, -0x1.2d8ed368e0843p-54, -0x1.e1aa41646d0f9p-108, 0x1.dc13e66ac2e77p-3, 0x1.5de5927df76e2p-61},
    {0x1.c412e1901abbap+3, 0x1.aa5baf310e5a2p+3, 0x1.bf3337873a7d8p-3, 0x1.c8c66d2e4205dp-57, 0x1.05dcc62d0d222p-54, 0x1.647158407af64p-108},
    {0x1.f66cbd57e41aep+3, 0x1.ddca13ef271d2p+3, -0x1.50be2ef09843ep-53, -0x1.ed6a5c02e698dp-108, -0x1.a701d0f967500p-3, 0x1.8cdcc939c8415p-57},
    {0x1.145563ac7915ep+4, 0x1.0787b360508c5p+4, -0x1.925c6fca08f55p-3, 0x1.e9557ccd170e6p-57, 0x1.6eb905ba2abfap-52, -0x1.d7d66f88446bcp-106},
    {0x1.2d7ed1365c34dp+4, 0x1.212313f8a19f6p+4, 0x1.a2122af76659ep-53, 0x1.c77a24a5f052bp-107, 0x1.8077f56c9b782p-3, -0x1.08e9e7885327cp-57},
    {0x1.469eb5c5ab21bp+4, 0x1.39da8e7416ca4p+4, 0x1.70c511227d5aap-3, 0x1.2da0057f84d01p-57, -0x1.a10b2f7b4e69dp-53, 0x1.c423f01e04fccp-108},
    {0x1.5fc615aa4681fp+4, 0x1.5362dd173f792p+4, 0x1.8b4b912da2218p-54, 0x1.c38e61a6b7de1p-110, -0x1.62d93aa9d05bbp-3, -0x1.d9634c2e04c7fp-57},
    {0x1.78e683b6b17c4p+4, 0x1.6c294e3d4d8acp+4, -0x1.5664e13b70622p-3, 0x1.a47ab4241aa02p-57, 0x1.7bc6d5a660382p-54, 0x1.58f5af1ed4f1bp-109},
    {0x1.920c95067fbf2p+4, 0x1.85a3b930156ddp+4, -0x1.55e059345b430p-53, -0x1.e638e16e676f8p-107, 0x1.4b2a2ebf61ecep-3, -0x1.053acdc29f2c7p-57},
    {0x1.ab2d5d9e6000cp+4, 0x1.9e7570dcea106p+4, 0x1.40f90793605bbp-3, 0x1.316f8ffd294b0p-57, 0x1.61c29fac28fdfp-54, -0x1.00bbf534f6fadp-108},
    {0x1.c4528cd37adeep+4, 0x1.b7e54a5fd5f11p+4, 0x1.1c17abe35eaaep-52, 0x1.7a7a9046da289p-107, -0x1.37aac8c1aeabbp-3, -0x1.00cc0bd333e44p-58},
    {0x1.dd739431eddcfp+4, 0x1.d0bfcf471fcccp+4, -0x1.2f2072e638cf4p-3, 0x1.89d1f48185c81p-57, 0x1.7e3b01386785fp-55, -0x1.a842cf25b5d32p-109},
    {0x1.f698237510b59p+4, 0x1.ea27591cbbed2p+4, 0x1.66608ac164dbdp-54, 0x1.546dac453bc2ep-108, 0x1.27407dfadee6dp-3, -0x1.1d9e95c50ad50p-58},
    {0x1.07dcac108cdebp+5, 0x1.018476e6b2bf0p+5, 0x1.1ff5eec6a01cdp-3, 0x1.1f9b16832f288p-58, -0x1.f5efd41f756b6p-53, 0x1.bd22b49961f02p-107},
    {0x1.146eb90b62cb1p+5, 0x1.0e34e13a66fe6p+5, 0x1.cc62c8409daa7p-53, -0x1.dd62bd7acee57p-107, -0x1.192f23ce3e051p-3, 0x1.1bdd9c1893af5p-57},
    {0x1.20ff6442e01b4p+5, 0x1.1aa890dc5e97cp+5, -0x1.12dd57bf18adap-3, 0x1.e71c482be698dp-57, 0x1.f89dcedb3ea9bp-52, -0x1.69b3746b0e6bfp-107},
    {0x1.2d9144f35f2aap+5, 0x1.275637a9619ecp+5, 0x1.18e7b1f5c77aep-53, 0x1.5e73ce80c9b6ap-107, 0x1.0cf3ed059c573p-3, 0x1.2e3029d662218p-60},
    {0x1.3a21fd155fa52p+5, 0x1.33cc523d5cb69p+5, 0x1.076826cc2c191p-3, 0x1.1a13e2fee5672p-57, 0x1.aaaf726a29e97p-54, 0x1.2feb3f4319d7bp-108},
    {0x1.46b3bb824ba4ep+5, 0x1.4077a7ed6293ap+5, -0x1.376cc57901722p-55, 0x1.546e0d1599d40p-112, -0x1.0230b9797a7b3p-3, 0x1.845c7758f4586p-57},
};
/* j1: 27 centres from 2.0 to 40.825269133082564 */
static const double J1_TAYLOR[][6] = {
    {0x1.5900000000000p+1, 0x1.3c00000000000p+1, 0x1.026330590605ep-1, 0x1.b1e0866293a95p-55, -0x1.e5af66cf632ddp-3, 0x1.232063ba5ccb8p-57},
    {0x1.b03aabad7b784p+1, 0x1.7600000000000p+1, 0x1.78767431477e3p-2, -0x1.12fee0f94da96p-57, -0x1.6edc43afccc0cp-2, -0x1.beb14fc0bb0a3p-56},
    {0x1.253883b6d6df6p+2, 0x1.ea75575af6f09p+1, -0x1.1b9c1c3fb286fp-54, -0x1.a19826dc75c7bp-109, -0x1.9c6cf582cbf7fp-2, 0x1.bf0186d1fe382p-56},
    {0x1.701b2de019234p+2, 0x1.55365bc032467p+2, -0x1.626ee83500bf2p-2, -0x1.82d6271607149p-56, -0x1.d1618df29cf86p-55, -0x1.7a201c18a8eaep-109},
    {0x1.a5ffaf9da3928p+2, 0x1.8b00000000000p+2, -0x1.eaa4aa054b9f8p-3, -0x1.ccba8452873dcp-57, 0x1.df1108bf1f8d0p-3, 0x1.f7395c541d4afp-59},
    {0x1.f1a9308e5c1c9p+2, 0x1.c0ff5f3b47250p+2, 0x1.049770ce74c2ep-55, 0x1.f3497c929687ap-111, 0x1.33518b3874e8ap-2, 0x1.64d8bfa2c3ccep-56},
    {0x1.2b5b46fe4c265p+3, 0x1.112980f0b88a1p+3, 0x1.17dbf09d40d25p-2, -0x1.d48dbfa0ea1a5p-56, -0x1.7fb5b6401c484p-55, -0x1.6c7c83b731485p-109},
    {0x1.5e125251e70eap+3, 0x1.458d0d0bdfc29p+3, 0x1.0212f4e592523p-53, -0x1.e073372d2a4bdp-108, -0x1.ff654544ebcd2p-3, 0x1.e78a2bea23230p-57},
    {0x1.9079a3647e5a7p+3, 0x1.76979797ee5acp+3, -0x1.ddceb4ce1bf4ap-3, 0x1.0f8942d3f9077p-58, -0x1.7c4ec52e9be80p-53, -0x1.d267b1727d453p-107},
    {0x1.c2ff19e9448fep+3, 0x1.aa5baf310e5a2p+3, -0x1.05dcc62d0d222p-54, -0x1.647158407af64p-108, 0x1.bf3337873a7d9p-3, -0x1.99fe6739b7e04p-57},
    {0x1.f558f5b10def2p+3, 0x1.dba284a17ac59p+3, 0x1.a7f63fea81f26p-3, -0x1.6397095487d5cp-61, -0x1.29bc8dfecc703p-53, -0x1.7bc4deb5ce027p-110},
    {0x1.13e3a6c29b6f6p+4, 0x1.0787b360508c5p+4, -0x1.6eb905ba2abfap-52, 0x1.d7d66f88446bcp-106, -0x1.925c6fca08f54p-3, 0x1.63a4e0efa9d24p-58},
    {0x1.2d0d144c7e8e6p+4, 0x1.203f9a24e6527p+4, -0x1.810f50225b04bp-3, 0x1.a5f1938003f69p-61, 0x1.8326719bd5ef6p-56, -0x1.f0aee0399f689p-111},
    {0x1.463de85f18b4fp+4, 0x1.39da8e7416ca4p+4, 0x1.a10b2f7b4e69dp-53, -0x1.c423f01e04fccp-108, 0x1.70c511227d5aap-3, -0x1.34591e089efd2p-60},
    {0x1.5f654843b4153p+4, 0x1.52a1424a1a9fap+4, 0x1.633e7f7f05301p-3, -0x1.b166d180d583fp-57, 0x1.53b24b438e332p-52, -0x1.8bc7775775bf2p-107},
    {0x1.7892400e17770p+4, 0x1.6c294e3d4d8acp+4, -0x1.7bc6d5a660382p-54, -0x1.58f5af1ed4f1bp-109, -0x1.5664e13b70621p-3, -0x1.d60831d7b82c4p-57},
    {0x1.91b8515de5b9ep+4, 0x1.84fb31dee1635p+4, -0x1.4b71d4ca2cc69p-3, -0x1.f6f339127992fp-59, 0x1.85a62775e82edp-55, 0x1.55d6f152a44bcp-109},
    {0x1.aae2c28faf92ap+4, 0x1.9e7570dcea106p+4, -0x1.61c29fac28fdfp-54, 0x1.00bbf534f6fadp-108, 0x1.40f90793605bbp-3, 0x1.9eb09bb391ed8p-57},
    {0x1.c407f1c4ca70cp+4, 0x1.b75014427514dp+4, 0x1.37dfa8f5a550ap-3, 0x1.f5ffd01953538p-59, 0x1.45e6fc9176b26p-53, 0x1.3d565f742620fp-111},
    {0x1.dd30a4a1627fbp+4, 0x1.d0bfcf471fcccp+4, -0x1.7e3b01386785fp-55, 0x1.a842cf25b5d32p-109, -0x1.2f2072e638cf4p-3, 0x1.be74e2eb5f61dp-57},
    {0x1.f65533e485585p+4, 0x1.e9a179fba532ap+4, -0x1.2768d29c69936p-3, -0x1.b9fbd89653a03p-57, -0x1.115bcb55801a5p-54, -0x1.e661a55197ce4p-108},
    {0x1.07be52d203d11p+5, 0x1.018476e6b2bf0p+5, 0x1.f5efd41f756b6p-53, -0x1.bd22b49961f02p-107, 0x1.1ff5eec6a01cdp-3, -0x1.a6bf23e77d831p-59},
    {0x1.14505fccd9bd7p+5, 0x1.0df82ebd54e32p+5, 0x1.194eba75b32f9p-3, 0x1.4fa3fb220c262p-58, -0x1.8e89cb62e7486p-52, 0x1.db7af66db30fbp-108},
    {0x1.20e3a14a31645p+5, 0x1.1aa890dc5e97cp+5, -0x1.f89dcedb3ea9bp-52, 0x1.69b3746b0e6bfp-107, -0x1.12dd57bf18ad9p-3, -0x1.3f75e7db65db0p-59},
    {0x1.2d7581fab073cp+5, 0x1.271eb1b80430ep+5, -0x1.0d0d36473e98cp-3, -0x1.7736b1f56d256p-61, -0x1.90ae605bb1c2ep-53, 0x1.e6969c527e0dbp-111},
    {0x1.3a0868471be76p+5, 0x1.33cc523d5cb69p+5, -0x1.aaaf726a29e97p-54, -0x1.2feb3f4319d7bp-108, 0x1.076826cc2c191p-3, 0x1.72cc37657138dp-57},
    {0x1.469a26b407e73p+5, 0x1.40447e50db184p+5, 0x1.02455675ab6d2p-3, 0x1.1a6e02553971fp-57, -0x1.5fcccc85f0b95p-52, 0x1.9f2f1a2c0eb16p-117},
};
/* y0: 31 centres from 0.625 to 40.83752455324034 */
static const double Y0_TAYLOR[][6] = {
    {0x1.a8c175c6a0bf5p-1, 0x1.8800000000000p-1, -0x1.f01208622a18fp-4, -0x1.3bd00c3feebf8p-59, 0x1.04b6e25522930p+0, 0x1.77cf9edbb755fp-54},
    {0x1.0e60bae3505fap+0, 0x1.c982eb8d417eap-1, -0x1.af74bfa0f1304p-56, -0x1.11721bf3251bdp-110, 0x1.c24371844b88ap-1, 0x1.80f5a2bb9d8d6p-57},
    {0x1.6200000000000p+0, 0x1.3800000000000p+0, 0x1.eab2fbfd85d6cp-3, -0x1.cf7de1663a813p-58, 0x1.36e6b6b7643f7p-1, -0x1.c82b115546decp-56},
    {0x1.df3bed4dff243p+0, 0x1.8c00000000000p+0, 0x1.9aaec19b81a8bp-2, 0x1.4862e74d252ffp-57, 0x1.86e2013f22d90p-2, -0x1.7ed117321ef10p-57},
    {0x1.519df6a6ff922p+1, 0x1.193bed4dff243p+1, 0x1.0aa48442f014bp-1, -0x1.49367c4c05aaap-56, -0x1.cf9f8d5e1a475p-56, -0x1.bcc4943092d2ap-110},
    {0x1.c24a9a6cc2b4ep+1, 0x1.8a00000000000p+1, 0x1.671ca80f0265ap-2, 0x1.c6be288accea5p-56, -0x1.60c442710788ap-2, 0x1.6d939d6bf7792p-56},
    {0x1.2c653faa9edbep+2, 0x1.fa9534d98569cp+1, -0x1.8fa8956b4b481p-55, -0x1.54cfbecd28bbap-109, -0x1.9c34256a12a0cp-2, 0x1.83dae746b16a1p-58},
    {0x1.763ff2743d817p+2, 0x1.5b7fe4e87b02ep+2, -0x1.5c7c556f0c19ap-2, 0x1.b8d2a1c496811p-56, -0x1.46a40b234169cp-53, -0x1.a0c7ec20dec79p-108},
    {0x1.ab40ee2739082p+2, 0x1.9100000000000p+2, -0x1.ddc0594969a1ep-3, -0x1.d53ff4d56fa68p-57, 0x1.e2ab86baf316ap-3, 0x1.4b725a25658c8p-58},
    {0x1.f5d3690d4fa36p+2, 0x1.c581dc4e72103p+2, 0x1.e91b198d39ce2p-56, 0x1.ee1b6e264023dp-110, 0x1.334cca0697a5bp-2, -0x1.d24a99959039dp-56},
    {0x1.2d17f7202f386p+3, 0x1.13127ae6169b4p+3, 0x1.15f993fceab5cp-2, 0x1.1dc672a53c589p-57, 0x1.63bc010b45f46p-54, -0x1.ea23630c8635ap-108},
    {0x1.5f8b4373c57afp+3, 0x1.471d735a47d58p+3, -0x1.cabd7c823bf21p-53, 0x1.f241d0b14c882p-107, -0x1.ff635cc72b9f0p-3, -0x1.36baca30b945cp-61},
    {0x1.91c397ebb0ca8p+3, 0x1.77f9138d43206p+3, -0x1.dc14ea14e89f9p-3, 0x1.4d14c77bc1691p-58, -0x1.f96d32c02f147p-58, 0x1.f1284c1b1c7adp-113},
    {0x1.c422fa6c035eap+3, 0x1.ab8e1c4a1e74ap+3, 0x1.4d9fe48a91cefp-53, -0x1.24a9ead37b762p-110, 0x1.bf32a27594007p-3, -0x1.4a9e4d43bf000p-57},
    {0x1.f65fb386f745ap+3, 0x1.dcb7d88de848bp+3, 0x1.a7022be084d99p-3, 0x1.7ba12cd0fc8edp-58, -0x1.213201464272bp-53, -0x1.0733c1b529666p-109},
    {0x1.145ac6eafa828p+4, 0x1.0803c74003214p+4, 0x1.cd827f6c074a2p-53, -0x1.ecab22f071784p-111, -0x1.925c35988ee2ap-3, 0x1.c9c7c14eebc9fp-58},
    {0x1.2d7a4a45f8509p+4, 0x1.20b1c695f1e3bp+4, -0x1.80781c32422e7p-3, -0x1.3db68c56727bbp-57, 0x1.39d4c41d5839fp-52, 0x1.8ff9bb96b5aa0p-106},
    {0x1.46a291440ba52p+4, 0x1.3a42cdf5febd7p+4, 0x1.1d336c8b0a153p-52, 0x1.3a0f5ede1af5bp-107, 0x1.70c4f66cab47fp-3, -0x1.0170947cf4fb3p-58},
    {0x1.5fc2c234c9a6ap+4, 0x1.53025492188cdp+4, 0x1.62d94d97e859cp-3, -0x1.d2f0105f3cebep-57, 0x1.b20138dd047ecp-53, 0x1.3aa7e1213624bp-112},
    {0x1.78e9696d7e668p+4, 0x1.6c832fd77ac07p+4, 0x1.3296749aaf800p-52, -0x1.bda7fb68adda7p-106, -0x1.5664d37c37d7bp-3, -0x1.5f25a3a2471edp-58},
    {0x1.920a092101108p+4, 0x1.854fa303820cap+4, -0x1.4b2a38f1ab9b4p-3, -0x1.e9088e9ff250fp-58, -0x1.b67dbfd3bd179p-55, 0x1.3bc27684365d3p-109},
    {0x1.ab2f9f13a7e62p+4, 0x1.9ec46f3e80146p+4, 0x1.45d52c7c075b2p-55, -0x1.4f195416ff08dp-111, 0x1.40f8ffdf09a5fp-3, 0x1.8eb9716a690d1p-58},
    {0x1.c45089bf733e6p+4, 0x1.b79acee8cfb7dp+4, 0x1.37aaceac987b9p-3, 0x1.9977828599fedp-59, -0x1.19e290514c619p-54, 0x1.d5fec5d3de055p-109},
    {0x1.dd75627b34a46p+4, 0x1.d106449616c4fp+4, 0x1.3bc249963d4c1p-53, -0x1.1925c39c8d9f0p-107, -0x1.2f206e49909c7p-3, -0x1.6277c48da7bcfp-57},
    {0x1.f696823e7400cp+4, 0x1.e9e480605283cp+4, -0x1.2740819f1caaap-3, 0x1.b7326e3fbaa70p-57, 0x1.19366994a86bcp-56, 0x1.250ed82394918p-112},
    {0x1.07dd6946ed3a2p+5, 0x1.01a4420e4abeep+5, -0x1.069eacea8ff0bp-51, -0x1.fd1b1319b777ap-105, 0x1.1ff5ebddd3c3ap-3, 0x1.2f11b9e8903cfp-59},
    {0x1.146e0ca469ee8p+5, 0x1.0e16907f8fb56p+5, 0x1.192f2627a74e3p-3, -0x1.081c2a50ad807p-59, -0x1.bec2345ac18e2p-52, 0x1.963d3d987b148p-106},
    {0x1.210001ff75ebcp+5, 0x1.1ac588c944279p+5, -0x1.bc4fd81e2b2c5p-56, 0x1.bf56a50db08b2p-110, -0x1.12dd55d4be2b3p-3, -0x1.831a89ea888b7p-59},
    {0x1.2d90b415b9690p+5, 0x1.273a7b35a7affp+5, -0x1.0cf3ee98f769bp-3, 0x1.0c06e2860e894p-57, -0x1.334eb74fdcfd1p-53, -0x1.784bb69cff9c8p-107},
    {0x1.3a228297830ebp+5, 0x1.33e6ecf5cb221p+5, 0x1.a82b3a8997d82p-52, 0x1.ab2f3287d39b6p-108, 0x1.0768257dad569p-3, 0x1.5c00fab4e3741p-57},
    {0x1.46b34012ae1d4p+5, 0x1.405e18393afb5p+5, 0x1.0230ba90f2871p-3, 0x1.1166b79959621p-57, 0x1.aca291aee3c35p-53, 0x1.831a6ea0719abp-110},
};
/* y1: 30 centres from 1.0 to 40.82550562956999 */
static const double Y1_TAYLOR[][6] = {
    {0x1.7200000000000p+0, 0x1.4c00000000000p+0, -0x1.19f9f991f1c5ep-1, 0x1.967b8cd075cd0p-57, 0x1.6b411c1053dd3p-1, -0x1.ae95e1ab7886fp-56},
    {0x1.e53bed4dff243p+0, 0x1.9800000000000p+0, -0x1.680131c293a14p-2, -0x1.ff8b042f54c8bp-57, 0x1.47152406e5b6ap-1, -0x1.4919b696d06e9p-55},
    {0x1.489df6a6ff922p+1, 0x1.193bed4dff243p+1, 0x1.cf9f8d5e1a475p-56, 0x1.bcc4943092d2ap-110, 0x1.0aa48442f014bp-1, -0x1.0e1cc856d92abp-55},
    {0x1.a7b6a57fdd0bap+1, 0x1.7800000000000p+1, 0x1.3a85defc17144p-2, -0x1.20bcc5f8ef0b4p-57, 0x1.2b0c8b61a54efp-2, 0x1.440a7e0f54d33p-57},
    {0x1.07db52bfee85dp+2, 0x1.d76d4affba175p+1, 0x1.aabb4011ed330p-2, 0x1.c696f3eb0ae77p-60, 0x1.e7686a9101295p-60, -0x1.b8088260fd768p-114},
    {0x1.3fbff2743d817p+2, 0x1.2400000000000p+2, 0x1.2308f87e6b00fp-2, 0x1.7cd77a15a8e22p-56, -0x1.19e5d35f78756p-2, 0x1.10f8a0126132dp-56},
    {0x1.8be0b6f701ac0p+2, 0x1.5b7fe4e87b02ep+2, 0x1.46a40b234169cp-53, 0x1.a0c7ec20dec79p-108, -0x1.5c7c556f0c19ap-2, -0x1.438dc7fa98860p-59},
    {0x1.d6a0c482c42aap+2, 0x1.bc41890588553p+2, -0x1.36732d4b96094p-2, -0x1.83acf6511df2bp-58, -0x1.c0257927a08acp-55, 0x1.c34d635ff9e92p-110},
    {0x1.05c93d730b4dap+3, 0x1.f100000000000p+2, -0x1.b05d6efd6b7b4p-3, 0x1.14e9e56000b67p-57, 0x1.a8823eeaab156p-3, -0x1.5a59c17a03e64p-57},
    {0x1.2b82b49bffb19p+3, 0x1.13127ae6169b4p+3, -0x1.63bc010b45f46p-54, 0x1.ea23630c8635ap-108, 0x1.15f993fceab5cp-2, 0x1.346c1dcb38b67p-56},
    {0x1.5df600ef95f42p+3, 0x1.43f2ee51e8c7ep+3, 0x1.00ef3745e0e3cp-2, -0x1.4f19a2762f5d4p-57, 0x1.8cd7b24a59df0p-53, 0x1.4177ff7e9f4b0p-110},
    {0x1.908f00ebc0b99p+3, 0x1.77f9138d43206p+3, 0x1.f96d32c02f147p-58, -0x1.f1284c1b1c7adp-113, -0x1.dc14ea14e89f9p-3, 0x1.221023f3fc37fp-58},
    {0x1.c2ee636c134dcp+3, 0x1.a924ee4a3e52cp+3, -0x1.c075da85beb4fp-3, -0x1.a8046704071b6p-58, 0x1.b60668a07e070p-55, 0x1.629c67814321bp-110},
    {0x1.f566668aced2cp+3, 0x1.dcb7d88de848bp+3, 0x1.213201464272bp-53, 0x1.0733c1b529666p-109, 0x1.a7022be084d99p-3, -0x1.e322a91250d43p-59},
    {0x1.13de206ce6490p+4, 0x1.070a7a43daae6p+4, 0x1.931a5a0ae5aa0p-3, 0x1.18b0303bbe2dbp-58, 0x1.9ce645f21ae65p-54, 0x1.3ed258ed46d6bp-108},
    {0x1.2d11b3f6849a6p+4, 0x1.20b1c695f1e3bp+4, -0x1.39d4c41d5839fp-52, -0x1.8ff9bb96b5aa0p-106, -0x1.80781c32422e7p-3, 0x1.ddbbd53d15408p-58},
    {0x1.4639faf497eeep+4, 0x1.3971a15717510p+4, -0x1.713fc51664c74p-3, 0x1.59364e26d9468p-58, 0x1.ab49a529798bcp-53, 0x1.dcbeb305d1c33p-112},
    {0x1.5f68a90800838p+4, 0x1.53025492188cdp+4, -0x1.b20138dd047ecp-53, -0x1.3aa7e1213624bp-112, 0x1.62d94d97e859cp-3, -0x1.1667b24d8369cp-58},
    {0x1.788f5040b5436p+4, 0x1.6bcefd7de87a3p+4, 0x1.56b97f8091ac5p-3, -0x1.b858aeca267fap-58, -0x1.735a7b831bf52p-54, -0x1.3fcbc315e8172p-109},
    {0x1.91bae50cb99bap+4, 0x1.854fa303820cap+4, 0x1.b67dbfd3bd179p-55, -0x1.3bc27684365d3p-109, -0x1.4b2a38f1ab9b4p-3, -0x1.3c9a012070c57p-57},
    {0x1.aae07aff60713p+4, 0x1.9e262715f12a9p+4, -0x1.413644356a52bp-3, -0x1.d00ae4313eebbp-59, -0x1.cc3b0ec9bae2dp-55, -0x1.582848da64fe0p-118},
    {0x1.c409f9b3af84cp+4, 0x1.b79acee8cfb7dp+4, 0x1.19e290514c619p-54, -0x1.d5fec5d3de055p-109, 0x1.37aaceac987b9p-3, 0x1.44a416c1354b2p-61},
    {0x1.dd2ed26f70eacp+4, 0x1.d079247e8f51bp+4, 0x1.2f4e70d6c7e01p-3, 0x1.f123683cf20a8p-59, -0x1.445734c5be6bfp-57, -0x1.ef312b2fcf5eap-112},
    {0x1.f656d849d8d18p+4, 0x1.e9e480605283cp+4, -0x1.19366994a86bcp-56, -0x1.250ed82394918p-112, -0x1.2740819f1caaap-3, 0x1.c990e04ed70a9p-57},
    {0x1.07bd944c9fa28p+5, 0x1.01649819af8fap+5, -0x1.20198200b699dp-3, 0x1.4f78a7cfd8a9fp-60, -0x1.36abe974832a6p-55, -0x1.0b7a1caa0ce82p-109},
    {0x1.14510d49de846p+5, 0x1.0e16907f8fb56p+5, 0x1.bec2345ac18e2p-52, -0x1.963d3d987b148p-106, 0x1.192f2627a74e3p-3, -0x1.e97b8cc8583e3p-57},
    {0x1.20e302a4ea81ap+5, 0x1.1a8b8a142d536p+5, 0x1.12f9870d68e18p-3, 0x1.8f71f103b6a48p-57, 0x1.e74b7e9cd70bap-52, -0x1.d67251ef5d84fp-106},
    {0x1.2d76139c8ec98p+5, 0x1.273a7b35a7affp+5, 0x1.334eb74fdcfd1p-53, 0x1.784bb69cff9c8p-107, -0x1.0cf3ee98f769bp-3, 0x1.0d946a4df0447p-58},
    {0x1.3a07e21e586f3p+5, 0x1.33b1ac0375e31p+5, -0x1.077eede4a0d89p-3, -0x1.742aa46ea9ae8p-57, -0x1.88e0c7dae8d26p-53, 0x1.c83e6e9ecec46p-107},
    {0x1.469aa2b20d560p+5, 0x1.405e18393afb5p+5, -0x1.aca291aee3c35p-53, -0x1.831a6ea0719abp-110, 0x1.0230ba90f2871p-3, 0x1.bca8965be6887p-57},
};

#define J0_CENTRES (sizeof J0_TAYLOR / sizeof *J0_TAYLOR)
#define J1_CENTRES (sizeof J1_TAYLOR / sizeof *J1_TAYLOR)
#define Y0_CENTRES (sizeof Y0_TAYLOR / sizeof *Y0_TAYLOR)
#define Y1_CENTRES (sizeof Y1_TAYLOR / sizeof *Y1_TAYLOR)

/* Where Hankel's expansion takes over for orders 0 and 1 (the Taylor
 * tables end a little later): its terms fall below 2^-110 from x = 40. */
#define HANKEL_FROM 40.0

/* ---- logarithm ---------------------------------------------------------------- */

/* log(x) for finite x > 0: x = 2^k m with m in [sqrt(1/2), sqrt(2)), and
 * log(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m - 1)/(m + 1). */
static struct dd log_dd(double x) {
    int k = 0;
    uint64_t bits = bits_of(x);
    if ((bits >> 52) == 0) {
        bits = bits_of(x * 0x1p54);
        k = -54;
    }
    k += (int)(bits >> 52) - 1023;
    double m = from_bits((bits & ((1ULL << 52) - 1)) | (1023ULL << 52));
    if (m > 1.4142135623730951) {
        m *= 0.5;
        k++;
    }
    double f = m - 1.0; /* exact */
    struct dd s = dd_divide(dd_make(f), two_sum(2.0, f));
    struct dd square = dd_multiply(s, s);
    /* |s| < 0.172: 23 terms reach 2^-115, those from s^24 on are below 2^-60. */
    double tail = 1.0 / 45.0;
    for (int odd = 43; odd >= 25; odd -= 2)
        tail = tail * square.hi + 1.0 / odd;
    struct dd series = dd_make(tail);
    for (int odd = 23; odd >= 1; odd -= 2)
        series = dd_add(dd_multiply(series, square), dd_divide_double(dd_make(1.0), odd));
    struct dd result = dd_scale(dd_multiply(series, s), 2.0);
    return dd_add(dd_scale(LN2, k), result);
}

/* ---- power series near 0 -------------------------------------------------------- */

/* J_order(x) for 0 <= x <= 2 (order 0 or 1):
 * (x/2)^order sum_k (-x^2/4)^k / (k! (k + order)!). */
static struct dd j_series(int order, double x) {
    if (x < 0x1p-27) {
        /* 1 - x^2/4, x/2 - x^3/16: the second term is below 2^-54 of the first. */
        struct dd result = order == 0 ? dd_make(1.0) : dd_make(0.5 * x);
        result.lo = order == 0 ? -0.25 * x * x : -0.0625 * x * x * x;
        return fast_two_sum(result.hi, result.lo);
    }
    struct dd z = two_product(0.5 * x, 0.5 * x);
    struct dd term = dd_make(order == 0 ? 1.0 : 0.5 * x);
    struct dd sum = term;
    for (int k = 1; k < 40; k++) {
        term = dd_divide_double(dd_multiply(term, z), -(double)(k * (k + order)));
        sum = dd_add(sum, term);
        if (fabs(term.hi) < 0x1p-112 * fabs(sum.hi))
            break;
    }
    return sum;
}

/* Y_order(x) for 0 < x < 1 (order 0 or 1), with z = x^2/4 and H_k = 1 + 1/2 + ... + 1/k:
 * Y0 = (2/pi) ((log(x/2) + gamma) J0 + sum_{k>=1} (-1)^(k+1) H_k z^k / k!^2),
 * Y1 = -(2/pi)/x + (2/pi) (log(x/2) + gamma) J1
 *      - (x/(2 pi)) sum_{k>=0} (-1)^k (H_k + H_(k+1)) z^k / (k! (k+1)!). */
static struct dd y_series(int order, double x) {
    if (order == 1 && x < 0x1p-30) {
        /* -2/(pi x): the other terms are below 2^-55 of it. */
        if (x < 0x1p-500) {
            struct dd quotient = dd_divide_double(TWO_OVER_PI, x * 0x1p600);
            double scaled = dd_round(quotient);
            return dd_make(-(scaled * 0x1p300) * 0x1p300); /* overflows to -inf when it must */
        }
        return dd_negate(dd_divide_double(TWO_OVER_PI, x));
    }
    struct dd logarithm = dd_add(dd_subtract(log_dd(x), LN2), EULER_GAMMA);
    if (x < 0x1p-60) {
        /* Y0 = (2/pi)(log(x/2) + gamma) within 2^-110. */
        return dd_multiply(TWO_OVER_PI, logarithm);
    }
    struct dd z = two_product(0.5 * x, 0.5 * x);
    struct dd power = dd_make(1.0); /* z^k / (k! (k + order)!) */
    struct dd harmonic = dd_make(0.0), next_harmonic = dd_make(1.0);
    struct dd sum = order == 0 ? dd_make(0.0) : next_harmonic;
    for (int k = 1; k < 40; k++) {
        power = dd_divide_double(dd_multiply(power, z), (double)(k * (k + order)));
        harmonic = next_harmonic;
        next_harmonic = dd_add(harmonic, dd_divide_double(dd_make(1.0), k + 1));
        struct dd term = dd_multiply(power, order == 0 ? harmonic : dd_add(harmonic, next_harmonic));
        sum = (k & 1) == (order == 0) ? dd_add(sum, term) : dd_subtract(sum, term);
        if (fabs(term.hi) < 0x1p-112 * fabs(sum.hi))
            break;
    }
    struct dd result = dd_multiply(logarithm, j_series(order, x));
    if (order == 0) {
        result = dd_add(result, sum);
        return dd_multiply(TWO_OVER_PI, result);
    }
    result = dd_multiply(TWO_OVER_PI, result);
    result = dd_subtract(result, dd_divide_double(TWO_OVER_PI, x));
    return dd_subtract(result, dd_scale(dd_multiply(INVERSE_PI, sum), 0.5 * x));
}

/* ---- Taylor series about a centre ------------------------------------------------- */

/* f(x) from the table entry whose interval holds x: with x = c + h (h exact,
 * |h| <= c/4), f = sum a_k h^k where a_0 = f(c), a_1 = f'(c) and Bessel's
 * equation gives
 *   c^2 (n+2)(n+1) a_(n+2) = -(c (n+1)(2n+1) a_(n+1) + (n^2 + c^2 - order^2) a_n
 *                              + 2c a_(n-1) + a_(n-2)).
 * The coefficients up to a_3 are double-doubles, the rest doubles (their
 * terms are below 2^-6 of the result), unless `precise` asks for an absolute
 * error near 2^-110 (jn and yn recur from these values): then the series
 * goes on to 2^-112 and every term above 2^-56 of the result is summed in
 * double-double. */
static struct dd taylor(const double (*table)[6], size_t count, int order, double x, int precise) {
    size_t low = 0, high = count - 1;
    while (low < high) { /* the first entry whose upper end is >= x */
        size_t middle = (low + high) / 2;
        if (table[middle][0] < x)
            low = middle + 1;
        else
            high = middle;
    }
    const double *entry = table[low];
    double c = entry[1], h = x - c;
    struct dd a[80] = {{entry[2], entry[3]}, {entry[4], entry[5]}};
    if (h == 0)
        return a[0];
    struct dd c_square = two_product(c, c);
    struct dd c_square_less = dd_add(c_square, dd_make(-(double)(order * order))); /* c^2 - order^2 */
    double size = fabs(a[0].hi) + fabs(a[1].hi * h);
    double power = h; /* h^(n+1) */
    int last = 1, double_from = 80, small = 0;
    double enough = precise ? 0x1p-112 : 0x1p-60;
    for (int n = 0; n + 2 < 80; n++) {
        struct dd zero = dd_make(0.0);
        struct dd before = n >= 1 ? a[n - 1] : zero, second_before = n >= 2 ? a[n - 2] : zero;
        power *= h;
        if (n + 2 < double_from) {
            struct dd sum = dd_scale(dd_scale(a[n + 1], c), (double)((n + 1) * (2 * n + 1)));
            sum = dd_add(sum, dd_multiply(dd_add(c_square_less, dd_make((double)(n * n))), a[n]));
            sum = dd_add(sum, dd_add(dd_scale(before, 2.0 * c), second_before));
            a[n + 2] = dd_negate(dd_divide(sum, dd_scale(c_square, (double)((n + 2) * (n + 1)))));
        } else {
            double sum = c * (n + 1) * (2 * n + 1) * a[n + 1].hi + (n * n + c_square_less.hi) * a[n].hi +
                         2 * c * before.hi + second_before.hi;
            a[n + 2] = dd_make(-sum / (c_square.hi * (n + 2) * (n + 1)));
        }
        last = n + 2;
        double term = fabs(a[n + 2].hi * power);
        if (n == 0)
            size += term;
        if (double_from == 80 && n + 2 >= 3 && (!precise || term < 0x1p-56 * size))
            double_from = n + 3;
        if (term < enough * size) {
            if (++small == 2)
                break;
        } else {
            small = 0;
        }
    }
    double tail = 0; /* the terms from double_from on, over h^double_from */
    for (int k = last; k >= double_from; k--)
        tail = tail * h + a[k].hi;
    struct dd sum = dd_make(0.0);
    if (double_from <= last)
        sum = dd_make(tail);
    for (int k = (double_from <= last ? double_from : last + 1) - 1; k >= 0; k--)
        sum = dd_add(a[k], dd_scale(sum, h));
    return sum;
}

/* ---- the phase of Hankel's expansion ------------------------------------------------ */

#define WINDOW_WORDS 7

/* Bits [low, low + 32) of a little-endian array of `count` 32-bit words,
 * bits outside it reading as 0. */
static uint32_t word_at(const uint32_t *words, int count, int low) {
    int index = low >= 0 ? low / 32 : -((31 - low) / 32); /* floor(low / 32) */
    int shift = low - 32 * index;
    uint64_t pair = 0;
    if (index >= 0 && index < count)
        pair = words[index];
    if (index + 1 >= 0 && index + 1 < count)
        pair |= (uint64_t)words[index + 1] << 32;
    return (uint32_t)(pair >> shift);
}

/* With x 2/pi - (order + 1/2) = n + f (n an integer, -1/2 <= f < 1/2) for a
 * finite x >= 1, returns n mod 4 and sets *reduced = f pi/2, so that
 * x - (order/2 + 1/4) pi = n pi/2 + *reduced. x = m 2^e (m an integer of
 * 53 bits): the bits of 2/pi of weight 2^-(e-2) and above give multiples of
 * 4 and are skipped; the next 224 or so, multiplied exactly by m, give
 * x 2/pi mod 4 with 190 bits after the point and an error below 2^-137. */
static int reduce_phase(double x, int order, struct dd *reduced) {
    uint64_t bits = bits_of(x);
    uint64_t m = (bits & ((1ULL << 52) - 1)) | (1ULL << 52);
    int e = (int)(bits >> 52) - 1075;
    int first = (e > 2 ? e - 2 : 0) / 32; /* the first word of 2/pi used */
    uint32_t product[WINDOW_WORDS + 2] = {0};
    uint64_t m_words[2] = {(uint32_t)m, m >> 32};
    for (int j = 0; j < WINDOW_WORDS; j++) {
        uint64_t word = TWO_OVER_PI_WORDS[first + WINDOW_WORDS - 1 - j];
        uint64_t carry = 0;
        for (int i = 0; i < 2; i++) {
            uint64_t sum = word * m_words[i] + product[i + j] + carry;
            product[i + j] = (uint32_t)sum;
            carry = sum >> 32;
        }
        for (int k = j + 2; k < WINDOW_WORDS + 2; k++) {
            uint64_t sum = (uint64_t)product[k] + carry;
            product[k] = (uint32_t)sum;
            carry = sum >> 32;
        }
    }
    /* The product is x 2/pi (mod the skipped multiples of 4) times 2^point. */
    int point = 32 * (first + WINDOW_WORDS) - e;
    /* 192 bits: 2 above the point, 190 below. */
    uint32_t z[6];
    for (int k = 0; k < 6; k++)
        z[k] = word_at(product, WINDOW_WORDS + 2, point - 190 + 32 * k);
    int quadrant = (int)((z[5] >> 30) - (uint32_t)order) & 3;
    /* f 2^190 = (z mod 2^190) - 2^189 */
    z[5] = (z[5] & 0x3fffffff) - 0x20000000;
    int negative = (z[5] >> 31) != 0;
    if (negative) {
        uint64_t carry = 1;
        for (int k = 0; k < 6; k++) {
            uint64_t sum = (uint64_t)(uint32_t)~z[k] + carry;
            z[k] = (uint32_t)sum;
            carry = sum >> 32;
        }
    }
    int top = 5;
    while (top > 0 && z[top] == 0)
        top--;
    if (z[top] == 0) {
        reduced->hi = reduced->lo = 0;
        return quadrant;
    }
    int leading = 32 * top + 31 - __builtin_clz(z[top]); /* its bit position */
    /* Two fields of 53 bits below the leading bit, each exact in a double. */
    uint64_t high_field = 0, low_field = 0;
    for (int k = 0; k < 2; k++) {
        uint64_t field = ((uint64_t)word_at(z, 6, leading - 52 - 53 * k + 32) << 32) |
                         word_at(z, 6, leading - 52 - 53 * k);
        field &= (1ULL << 53) - 1;
        if (k == 0)
            high_field = field;
        else
            low_field = field;
    }
    double high = (double)high_field * power_of_two(leading - 52 - 190);
    double low = (double)low_field * power_of_two(leading - 105 - 190);
    struct dd fraction = fast_two_sum(high, low);
    if (negative)
        fraction = dd_negate(fraction);
    *reduced = dd_multiply(fraction, HALF_PI);
    return quadrant;
}

/* sin and cos of |r| <= pi/4 by their Taylor series in nested form
 * 1 - r^2/(2 3) (1 - r^2/(4 5) (...)), 15 levels reaching 2^-115; the
 * innermost ones, below 2^-60, in double. */
static void sin_cos_dd(struct dd r, struct dd *sine, struct dd *cosine) {
    struct dd square = dd_multiply(r, r);
    double s_tail = 1.0, c_tail = 1.0;
    for (int k = 15; k > 8; k--) {
        s_tail = 1.0 - square.hi * s_tail / ((2.0 * k) * (2 * k + 1));
        c_tail = 1.0 - square.hi * c_tail / ((2.0 * k - 1) * (2 * k));
    }
    struct dd s = dd_make(s_tail), c = dd_make(c_tail);
    for (int k = 8; k >= 1; k--) {
        s = dd_add(dd_make(1.0), dd_negate(dd_divide_double(dd_multiply(square, s), (2.0 * k) * (2 * k + 1))));
        c = dd_add(dd_make(1.0), dd_negate(dd_divide_double(dd_multiply(square, c), (2.0 * k - 1) * (2 * k))));
    }
    *sine = dd_multiply(s, r);
    *cosine = c;
}

/* 1/sqrt(x) for x >= 1. */
static struct dd inverse_sqrt_dd(double x) {
    if (x > 0x1p1000) {
        struct dd scaled = inverse_sqrt_dd(x * 0x1p-100);
        return dd_scale(scaled, 0x1p-50);
    }
    double root = __builtin_sqrt(x);
    struct dd square = two_product(root, root);
    struct dd precise = fast_two_sum(root, ((x - square.hi) - square.lo) / (2.0 * root));
    return dd_divide(dd_make(1.0), precise);
}

/* Hankel's expansion of J_order(x) and Y_order(x) for finite x >= 40:
 * P = sum_k (-1)^k a_2k / x^2k, Q = sum_k (-1)^k a_(2k+1) / x^(2k+1),
 * a_k = (mu - 1)(mu - 9)...(mu - (2k-1)^2) / (k! 8^k), mu = 4 order^2.
 * Returns 0 when the series does not reach 2^-110 (order too large for x),
 * or when its terms grow past 1 (too much would cancel). */
static int hankel(int order, double x, struct dd *j, struct dd *y) {
    double mu = 4.0 * (double)order * (double)order;
    struct dd p = dd_make(1.0), q = dd_make(0.0);
    double p_tail = 0, q_tail = 0;
    int converged = 0;
    if (x > 0x1p512) {
        /* Q = (mu - 1)/(8x) is all that is not below 2^-1000 (and 8x would
         * be too large for the exact products of double-double arithmetic). */
        if (mu > 0x1p500)
            return 0;
        q.hi = (mu - 1.0) * (0.125 / x);
        converged = 1;
    }
    struct dd inverse = converged ? dd_make(0.0) : dd_divide_double(dd_make(0.125), x); /* 1/(8x) */
    struct dd term = dd_make(1.0);
    double previous = 1.0;
    for (int k = 1; k < 200 && !converged; k++) {
        double odd = 2.0 * k - 1;
        double factor = mu - odd * odd; /* exact below 2^53 */
        double magnitude;
        if (fabs(term.hi) > 0x1p-60) {
            term = dd_divide_double(dd_scale(dd_multiply(term, inverse), factor), k);
            magnitude = fabs(term.hi);
            struct dd signed_term = (k & 3) == 1 || (k & 3) == 0 ? term : dd_negate(term);
            if (k & 1)
                q = dd_add(q, signed_term);
            else
                p = dd_add(p, signed_term);
        } else {
            term.hi = term.hi * inverse.hi * factor / k;
            term.lo = 0;
            magnitude = fabs(term.hi);
            double signed_term = (k & 3) == 1 || (k & 3) == 0 ? term.hi : -term.hi;
            if (k & 1)
                q_tail += signed_term;
            else
                p_tail += signed_term;
        }
        if (magnitude > 1.0)
            return 0;
        if (magnitude < 0x1p-112) {
            converged = 1;
            break;
        }
        if (k > order && magnitude > previous)
            return 0; /* diverging before it was small enough */
        previous = magnitude;
    }
    if (!converged)
        return 0;
    p = dd_add(p, dd_make(p_tail));
    q = dd_add(q, dd_make(q_tail));
    struct dd r, sine, cosine;
    int quadrant = reduce_phase(x, order & 3, &r);
    sin_cos_dd(r, &sine, &cosine);
    struct dd cos_chi, sin_chi;
    switch (quadrant) {
    case 0: cos_chi = cosine; sin_chi = sine; break;
    case 1: cos_chi = dd_negate(sine); sin_chi = cosine; break;
    case 2: cos_chi = dd_negate(cosine); sin_chi = dd_negate(sine); break;
    default: cos_chi = sine; sin_chi = dd_negate(cosine); break;
    }
    struct dd amplitude = dd_multiply(SQRT_TWO_OVER_PI, inverse_sqrt_dd(x));
    if (j)
        *j = dd_multiply(amplitude, dd_subtract(dd_multiply(p, cos_chi), dd_multiply(q, sin_chi)));
    if (y)
        *y = dd_multiply(amplitude, dd_add(dd_multiply(p, sin_chi), dd_multiply(q, cos_chi)));
    return 1;
}

/* ---- orders 0 and 1 --------------------------------------------------------------- */

/* J_order(x) for finite x >= 0, order 0 or 1; `precise`: see taylor(). */
static struct dd j01(int order, double x, int precise) {
    if (x <= 2.0)
        return j_series(order, x);
    if (x < HANKEL_FROM)
        return order == 0 ? taylor(J0_TAYLOR, J0_CENTRES, 0, x, precise) : taylor(J1_TAYLOR, J1_CENTRES, 1, x, precise);
    struct dd j;
    hankel(order, x, &j, NULL);
    return j;
}

/* Y_order(x) for finite x > 0, order 0 or 1; `precise`: see taylor(). */
static struct dd y01(int order, double x, int precise) {
    if (x < (order == 0 ? 0.625 : 1.0))
        return y_series(order, x);
    if (x < HANKEL_FROM)
        return order == 0 ? taylor(Y0_TAYLOR, Y0_CENTRES, 0, x, precise) : taylor(Y1_TAYLOR, Y1_CENTRES, 1, x, precise);
    struct dd y;
    hankel(order, x, NULL, &y);
    return y;
}

double j0(double x) {
    if (isnan(x))
        return x + x;
    x = fabs(x);
    if (isinf(x))
        return 0.0;
    return dd_round(j01(0, x, 0));
}

double j1(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? 0.0 : -0.0;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-1021) {
        /* x/2 - x^3/16 with x/2 subnormal: x/2 rounded toward zero when it is
         * a tie, since the true value lies just below it. */
        result = 0.5 * magnitude;
        if (2.0 * result != magnitude)
            result = 0.5 * (magnitude - 0x1p-1074);
        if (result == 0 && magnitude != 0)
            errno = ERANGE;
    } else {
        result = dd_round(j01(1, magnitude, 0));
    }
    return signbit(x) ? -result : result;
}

/* Shared checks of y0, y1 and yn; returns 1 if *result is final. */
static int y_special(double x, double *result) {
    if (isnan(x)) {
        *result = x + x;
        return 1;
    }
    if (x < 0) {
        errno = EDOM;
        *result = __builtin_nan("");
        return 1;
    }
    if (x == 0) {
        errno = ERANGE;
        *result = -HUGE_VAL;
        return 1;
    }
    if (isinf(x)) {
        *result = 0.0;
        return 1;
    }
    return 0;
}

double y0(double x) {
    double result;
    if (y_special(x, &result))
        return result;
    return dd_round(y01(0, x, 0));
}

double y1(double x) {
    double result;
    if (y_special(x, &result))
        return result;
    result = dd_round(y01(1, x, 0));
    if (isinf(result))
        errno = ERANGE;
    return result;
}

/* ---- integer orders ------------------------------------------------------------------ */

/* J_n(x) for n >= 2 and 0 < x < n with x^2/4 <= n + 1: (x/2)^n / n! times
 * sum_k (-x^2/4)^k / (k! (n+1)...(n+k)), whose terms fall from the first.
 * The power is formed with its exponent kept apart, so it may underflow
 * only at the end. */
static double jn_series(long long n, double x) {
    struct dd power = dd_make(1.0);
    long long exponent = 0;
    double half = 0.5 * x;
    for (long long k = 1; k <= n; k++) {
        power = dd_divide_double(dd_scale(power, half), (double)k);
        int shift;
        frexp(power.hi, &shift);
        if (shift < -400 || shift > 400) {
            power.hi = ldexp(power.hi, -shift);
            power.lo = ldexp(power.lo, -shift);
            exponent += shift;
        }
        if (exponent < -1200 && half < k)
            return 0.0; /* underflows, and keeps falling */
    }
    struct dd z = two_product(half, half);
    struct dd term = dd_make(1.0), sum = dd_make(1.0);
    for (long long k = 1; k < 200; k++) {
        term = dd_divide_double(dd_multiply(term, z), -(double)k * (double)(n + k));
        sum = dd_add(sum, term);
        if (fabs(term.hi) < 0x1p-112)
            break;
    }
    if (exponent < -2200)
        return 0.0;
    return ldexp(dd_round(dd_multiply(power, sum)), (int)exponent);
}

/* J_n(x) for n >= 2 and 0 < x < n by Miller's algorithm: the recurrence run
 * backward from a start N far enough above n that the error of the ratios
 * is below 2^-120, normalised by J0(x) or J1(x) (whichever is larger). */
static double jn_backward(long long n, double x) {
    struct dd two_over_x = dd_divide_double(dd_make(2.0), x);
    /* The start: where the dominant solution started at n has grown by 2^64. */
    long long start = n;
    {
        double previous = 0, current = 1;
        while (fabs(current) < 0x1p64) {
            double next = (2.0 * (double)start / x) * current - previous;
            previous = current;
            current = next;
            start++;
        }
        start += 8;
    }
    struct dd above = dd_make(0.0), current = dd_make(0x1p-600);
    struct dd saved = dd_make(0.0);
    long long scale = 0; /* the values so far are 2^scale too large for saved */
    for (long long k = start; k >= 1; k--) {
        /* f(k-1) = (2k/x) f(k) - f(k+1) */
        struct dd below = dd_subtract(dd_multiply(dd_scale(two_over_x, (double)k), current), above);
        above = current;
        current = below;
        if (k - 1 == n)
            saved = current;
        if (fabs(current.hi) > 0x1p400) {
            current.hi *= 0x1p-400;
            current.lo *= 0x1p-400;
            above.hi *= 0x1p-400;
            above.lo *= 0x1p-400;
            if (k - 1 <= n)
                scale += 400;
        }
    }
    /* current = f(0), above = f(1) */
    struct dd j0_value = j01(0, x, 1), j1_value = j01(1, x, 1);
    struct dd ratio = fabs(j0_value.hi) >= fabs(j1_value.hi) ? dd_divide(j0_value, current) : dd_divide(j1_value, above);
    struct dd value = dd_multiply(saved, ratio);
    if (scale > 2200)
        return 0.0;
    return ldexp(dd_round(value), -(int)scale);
}

/* J_n(x) for n >= 2 and finite x > 0. */
static double jn_positive(long long n, double x) {
    struct dd value;
    if (x >= HANKEL_FROM && n < (1LL << 24) && hankel((int)n, x, &value, NULL))
        return dd_round(value);
    if ((double)n <= x) {
        struct dd before = j01(0, x, 1), current = j01(1, x, 1);
        struct dd two_over_x = dd_divide_double(dd_make(2.0), x);
        for (long long k = 1; k < n; k++) {
            struct dd next = dd_subtract(dd_multiply(dd_scale(two_over_x, (double)k), current), before);
            before = current;
            current = next;
        }
        return dd_round(current);
    }
    if (0.25 * x * x <= (double)n + 1)
        return jn_series(n, x);
    return jn_backward(n, x);
}

double jn(int n, double x) {
    if (isnan(x))
        return x + x;
    long long order = n;
    int negate = 0;
    if (order < 0) {
        order = -order;
        negate = (int)(order & 1);
    }
    if (x < 0 || (x == 0 && signbit(x))) {
        x = -x;
        negate ^= (int)(order & 1);
    }
    double result;
    if (order == 0)
        result = j0(x);
    else if (order == 1)
        result = j1(x);
    else if (x == 0 || isinf(x))
        result = 0.0;
    else {
        result = jn_positive(order, x);
        if (result == 0)
            errno = ERANGE;
    }
    return negate ? -result : result;
}

/* Y_n(x) for n >= 2 and finite x > 0: the forward recurrence from Y0 and Y1
 * (Y grows with n, so errors do not), in double-double, the values scaled
 * by 2^-600 whenever they pass 2^600. */
static double yn_positive(long long n, double x) {
    struct dd value;
    if (x >= HANKEL_FROM && n < (1LL << 24) && hankel((int)n, x, NULL, &value))
        return dd_round(value);
    struct dd before = y01(0, x, 1), current = y01(1, x, 1);
    if (fabs(current.hi) > 0x1p500)
        return -HUGE_VAL; /* x < 2^-500: Y2 = (2/x) Y1 - Y0 already overflows */
    struct dd two_over_x = dd_divide_double(dd_make(2.0), x);
    long long exponent = 0;
    for (long long k = 1; k < n; k++) {
        struct dd next = dd_subtract(dd_multiply(dd_scale(two_over_x, (double)k), current), before);
        before = current;
        current = next;
        if (fabs(current.hi) > 0x1p600) {
            current = dd_scale(current, 0x1p-600);
            before = dd_scale(before, 0x1p-600);
            exponent += 600;
            if (exponent > 1200)
                return copysign(HUGE_VAL, current.hi); /* past the turning point: it only grows */
        }
    }
    return ldexp(dd_round(current), (int)exponent);
}

double yn(int n, double x) {
    long long order = n;
    int negate = 0;
    if (order < 0) {
        order = -order;
        negate = (int)(order & 1);
    }
    double result;
    if (order == 0 || order == 1 || y_special(x, &result)) {
        if (order == 0)
            result = y0(x);
        else if (order == 1)
            result = y1(x);
    } else {
        result = yn_positive(order, x);
        if (isinf(result))
            errno = ERANGE;
    }
    return negate ? -result : result;
}

/* ---- float versions --------------------------------------------------------------------- */

/* The double result rounded to float, with ERANGE when that overflows or underflows to 0. */
static float to_float(double value) {
    float result = (float)value;
    if ((isinf(result) && !isinf(value)) || (result == 0 && value != 0))
        errno = ERANGE;
    return result;
}

float j0f(float x) { return to_float(j0(x)); }
float j1f(float x) { return to_float(j1(x)); }
float y0f(float x) { return to_float(y0(x)); }
float y1f(float x) { return to_float(y1(x)); }
float jnf(int n, float x) { return to_float(jn(n, x)); }
float ynf(int n, float x) { return to_float(yn(n, x)); }
