package io.shogun.authkit.simulator;

import io.shogun.authkit.vectors.ShogunProfile;

/** The behaviour settings that can change while the simulator runs: the profile and the expired-token form. */
final class SimulatorSettings {

    private volatile ShogunProfile profile;
    private volatile ShogunProfile.ExpiredTokenForm expiredTokenForm;

    SimulatorSettings(ShogunProfile profile) {
        this.profile = profile;
        this.expiredTokenForm = profile.expiredToken().defaultForm();
    }

    ShogunProfile profile() {
        return profile;
    }

    ShogunProfile.ExpiredTokenForm expiredTokenForm() {
        return expiredTokenForm;
    }

    void expiredTokenForm(ShogunProfile.ExpiredTokenForm form) {
        this.expiredTokenForm = form;
    }

    void reset(ShogunProfile original) {
        this.profile = original;
        this.expiredTokenForm = original.expiredToken().defaultForm();
    }
}
