// The app's single API client instance.
import { createApiClient } from '../api/client';
import { apiUrl } from '../api/endpoint';
import { currentToken } from './session';

export const { client, ws } = createApiClient({ url: apiUrl(), token: currentToken });
