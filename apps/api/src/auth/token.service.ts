import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '../users/user.entity';
import type { AuthUser } from './current-user.decorator';

interface TokenClaims {
  sub: string;
  roles: Role[];
}

/** Signed, stateless access tokens, so any API replica can check them. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(user: AuthUser): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, roles: user.roles } satisfies TokenClaims);
  }

  /** The user a token proves, or null for a missing, forged or expired token. */
  async verify(token: string): Promise<AuthUser | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      return { id: claims.sub, roles: claims.roles };
    } catch {
      return null;
    }
  }
}
