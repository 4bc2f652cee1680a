import { ConfigError, loadConfig } from './app-config.js';

describe('the sign-in throttling and proxy settings', () => {
  it('trusts no proxy, and throttles sign-in as documented, by default', () => {
    expect(loadConfig({})).toMatchObject({
      trustedProxies: [],
      loginRateLimit: 20,
      loginDelayAfter: 5,
      loginLockoutAfter: 10,
      loginLockoutSeconds: 900,
    });
  });

  it('reads TRUSTED_PROXIES as a list of addresses, ranges and proxy-addr’s names', () => {
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.1, 172.16.0.0/12,fd00::/8 , ::1,loopback,' }).trustedProxies).toEqual([
      '10.0.0.1',
      '172.16.0.0/12',
      'fd00::/8',
      '::1',
      'loopback',
    ]);
  });

  it.each(['nginx', '10.0.0.0/33', '10.0.0.1/', '::1/129', '10.0.0.0/8/8', '300.1.1.1', '*'])(
    'refuses TRUSTED_PROXIES=%s at boot, naming the setting',
    (value) => {
      expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(/^TRUSTED_PROXIES must list IP addresses or CIDR ranges/);
    },
  );

  it.each([
    ['LOGIN_DELAY_AFTER', '0'],
    ['LOGIN_LOCKOUT_AFTER', 'ten'],
    ['LOGIN_LOCKOUT_SECONDS', '0'],
    ['LOGIN_LOCKOUT_SECONDS', '1.5'],
  ])('refuses %s=%s at boot', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be a whole number`));
  });
});
