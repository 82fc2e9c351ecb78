import { AuditTrail } from './audit-trail';
import { AuditTrailResolver } from './audit-trail.resolver';
import { Module } from '@nestjs/common';
import { AccountSuspensions } from './account-suspensions';
import { AccountSuspensionsResolver } from './account-suspensions.resolver';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MyData } from './my-data';
import { MyDataController } from './my-data.controller';
import { MyDataResolver } from './my-data.resolver';
import { PeopleDirectory } from './people-directory';
import { PeopleResolver } from './people.resolver';
import { UserEntity } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [MyDataController],
  providers: [UsersService, MyData, MyDataResolver, UsersResolver, PeopleDirectory, PeopleResolver, AuditTrail, AuditTrailResolver, AccountSuspensions, AccountSuspensionsResolver],
  exports: [UsersService],
})
export class UsersModule {}
