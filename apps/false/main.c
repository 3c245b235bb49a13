/* false: does nothing, unsuccessfully (status 1). */
int main(void) {
    return 1;
}
