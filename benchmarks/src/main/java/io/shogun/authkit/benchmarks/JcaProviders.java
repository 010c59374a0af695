package io.shogun.authkit.benchmarks;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.conscrypt.Conscrypt;

/** The JCA providers measured, by the names the benchmarks' {@code provider} parameters use. */
final class JcaProviders {

    private JcaProviders() {
    }

    /**
     * @throws IllegalStateException when a native provider does not load on this machine (the benchmark then fails
     *                               its set-up, and the report says the provider is unavailable)
     */
    static Provider named(String name) {
        switch (name) {
            case "SunJCE":
                return Security.getProvider("SunJCE");
            case "BC":
                return new BouncyCastleProvider();
            case "ACCP":
                AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
                if (accp.getLoadingError() != null) {
                    throw new IllegalStateException("ACCP does not load here: " + accp.getLoadingError());
                }
                return accp;
            case "Conscrypt":
                if (!Conscrypt.isAvailable()) {
                    throw new IllegalStateException("Conscrypt does not load here");
                }
                return Conscrypt.newProvider();
            default:
                throw new IllegalArgumentException("unknown provider " + name);
        }
    }
}
