// Which API the weapp build talks to, and when DevTools must be told not to check its domain.
import { expect, test } from 'vitest';
import { DEFAULT_API_URL, needsUrlCheckOff, weappApiUrl } from '../config/weapp-api';

test('the build talks to the API of `npm start` unless TARO_APP_API_URL says otherwise', () => {
  expect(weappApiUrl({})).toBe(DEFAULT_API_URL);
  expect(weappApiUrl({ TARO_APP_API_URL: '' })).toBe(DEFAULT_API_URL);
  expect(weappApiUrl({ TARO_APP_API_URL: 'https://api.linli.example/graphql' })).toBe('https://api.linli.example/graphql');
});

test('only a plain-HTTP API (development) turns DevTools’ domain check off', () => {
  expect(needsUrlCheckOff(DEFAULT_API_URL)).toBe(true);
  expect(needsUrlCheckOff('http://192.168.1.20:4000/graphql')).toBe(true);
  expect(needsUrlCheckOff('https://api.linli.example/graphql')).toBe(false);
});
