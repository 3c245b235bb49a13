/* nbody: benchmark workload, a gravitational n-body simulation in double
 * precision (a star and planets on near-circular orbits, G = 1, symplectic
 * Euler steps).  Usage: nbody [steps]   (default 20000)
 * Prints the total energy before and after.  Only + - * / and sqrt are used,
 * in a fixed order, so every IEEE-754 build computes the same bits. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DEFAULT_STEPS 20000
#define BODIES 6
#define STAR_MASS 100.0
#define TIME_STEP 0.0005

struct body {
    double position[3];
    double velocity[3];
    double mass;
};

/* A deterministic fraction in [0, 1) from a 32-bit LCG. */
static double next_fraction(uint32_t *generator) {
    *generator = *generator * 1664525u + 1013904223u;
    return (double)(*generator >> 8) / 16777216.0;
}

/* The star at the origin, planets at growing radii on circular orbits, each
 * orbit slightly tilted; then the star is given the momentum that makes the
 * total zero. */
static void system_create(struct body bodies[BODIES]) {
    uint32_t generator = 2024;
    bodies[0] = (struct body){{0, 0, 0}, {0, 0, 0}, STAR_MASS};
    double radius = 1.0;
    double momentum[3] = {0, 0, 0};
    for (int index = 1; index < BODIES; index++) {
        /* A point on the unit circle by the rational parametrisation, avoiding libm's sin and cos. */
        double t = 2.0 * next_fraction(&generator) - 1.0;
        double cosine = (1.0 - t * t) / (1.0 + t * t), sine = 2.0 * t / (1.0 + t * t);
        double tilt = 0.1 * (next_fraction(&generator) - 0.5);
        double speed = sqrt(STAR_MASS / radius);
        struct body *planet = &bodies[index];
        planet->position[0] = radius * cosine;
        planet->position[1] = radius * sine;
        planet->position[2] = radius * tilt;
        planet->velocity[0] = -speed * sine;
        planet->velocity[1] = speed * cosine;
        planet->velocity[2] = 0.0;
        planet->mass = 0.01 + 0.1 * next_fraction(&generator);
        for (int axis = 0; axis < 3; axis++)
            momentum[axis] += planet->mass * planet->velocity[axis];
        radius *= 1.6;
    }
    for (int axis = 0; axis < 3; axis++)
        bodies[0].velocity[axis] = -momentum[axis] / STAR_MASS;
}

static double system_energy(const struct body bodies[BODIES]) {
    double energy = 0.0;
    for (int index = 0; index < BODIES; index++) {
        const struct body *one = &bodies[index];
        energy += 0.5 * one->mass *
                  (one->velocity[0] * one->velocity[0] + one->velocity[1] * one->velocity[1] +
                   one->velocity[2] * one->velocity[2]);
        for (int other_index = index + 1; other_index < BODIES; other_index++) {
            const struct body *other = &bodies[other_index];
            double dx = one->position[0] - other->position[0];
            double dy = one->position[1] - other->position[1];
            double dz = one->position[2] - other->position[2];
            energy -= one->mass * other->mass / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return energy;
}

/* One step: velocities from the pairwise forces, then positions from the new velocities. */
static void system_advance(struct body bodies[BODIES], double time_step) {
    for (int index = 0; index < BODIES; index++) {
        struct body *one = &bodies[index];
        for (int other_index = index + 1; other_index < BODIES; other_index++) {
            struct body *other = &bodies[other_index];
            double dx = one->position[0] - other->position[0];
            double dy = one->position[1] - other->position[1];
            double dz = one->position[2] - other->position[2];
            double distance_squared = dx * dx + dy * dy + dz * dz;
            double magnitude = time_step / (distance_squared * sqrt(distance_squared));
            double one_factor = other->mass * magnitude, other_factor = one->mass * magnitude;
            one->velocity[0] -= dx * one_factor;
            one->velocity[1] -= dy * one_factor;
            one->velocity[2] -= dz * one_factor;
            other->velocity[0] += dx * other_factor;
            other->velocity[1] += dy * other_factor;
            other->velocity[2] += dz * other_factor;
        }
    }
    for (int index = 0; index < BODIES; index++)
        for (int axis = 0; axis < 3; axis++)
            bodies[index].position[axis] += time_step * bodies[index].velocity[axis];
}

int main(int argc, char **argv) {
    long steps = DEFAULT_STEPS;
    if (argc > 1) {
        char *end;
        steps = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || steps < 0) {
            fprintf(stderr, "nbody: %s: not a valid step count\n", argv[1]);
            return 2;
        }
    }
    struct body bodies[BODIES];
    system_create(bodies);
    double initial_energy = system_energy(bodies);
    for (long step = 0; step < steps; step++)
        system_advance(bodies, TIME_STEP);
    printf("nbody %d bodies %ld steps: energy %.9f -> %.9f\n", BODIES, steps, initial_energy,
           system_energy(bodies));
    return 0;
}
