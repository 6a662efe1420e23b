package org.abhilekh.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source behind {@code java:app/jdbc/abhilekh}. It reads {@code abhilekh.db.url}, user and
 * password from MicroProfile Config when the pool first asks for a connection, and picks the
 * driver from the URL: H2 for {@code jdbc:h2:}, PostgreSQL for {@code jdbc:postgresql:}.
 *
 * Decision: Payara resolves {@code ${MPCONFIG=...}} in {@code @DataSourceDefinition} before the
 * application's own microprofile-config.properties is visible, so defaults shipped with the
 * application would be ignored; reading the configuration here, lazily, sees all of it.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    current = create(config.getValue("abhilekh.db.url", String.class),
                            config.getOptionalValue("abhilekh.db.user", String.class).orElse(""),
                            config.getOptionalValue("abhilekh.db.password", String.class).orElse(""));
                    delegate = current;
                }
            }
        }
        return current;
    }

    static DataSource create(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        throw new SQLException("abhilekh.db.url must start with jdbc:h2: or jdbc:postgresql:; got " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // Credentials come from configuration; the pool has none of its own to give.
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
